using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.ImportVolunteers;

/// <summary>
/// Saves the volunteers of one import — up to 10,000 with their directions — in one transaction and set-based (a few
/// multi-row statements instead of one per row). A unique index refusing a row (a racing import or registration took
/// the IIN or e-mail) is a <c>DbUpdateException</c> and nothing is saved.
/// </summary>
public interface IVolunteerImportWriter
{
    Task AddAsync(IReadOnlyCollection<Volunteer> volunteers, CancellationToken cancellationToken);
}
