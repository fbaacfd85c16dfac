using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations;

/// <summary>
/// Saves a freshly drawn roster — the roster, its thousands of entries and one queued e-mail per person — in one
/// transaction and in bulk. A unique index refusing a row (a racing roster took the day or a volunteer) is a
/// <c>DbUpdateException</c> and nothing is saved.
/// </summary>
public interface IRosterWriter
{
    Task AddAsync(Roster roster, IReadOnlyCollection<OutboxMail> notifications, CancellationToken cancellationToken);
}
