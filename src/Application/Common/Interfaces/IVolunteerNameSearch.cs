using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Common.Interfaces;

/// <summary>
/// The registry's name search: the volunteers whose <see cref="Volunteer.NameKey"/> contains a search key (already in
/// the form of <see cref="Volunteer.SearchKey"/>). A substring test on every name is a scan of the whole registry, so the
/// database may answer it from an index of its own (SQLite: a trigram full-text index); the result is the same.
/// </summary>
public interface IVolunteerNameSearch
{
    IQueryable<Volunteer> WhereNameContains(IQueryable<Volunteer> volunteers, string key);
}
