using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence.Search;

/// <summary>SQL Server: a plain <c>LIKE '%key%'</c>, which SQL Server scans fast enough at the registry's size.</summary>
internal sealed class ContainsVolunteerNameSearch : IVolunteerNameSearch
{
    public IQueryable<Volunteer> WhereNameContains(IQueryable<Volunteer> volunteers, string key) =>
        volunteers.Where(v => v.NameKey.Contains(key));
}

/// <summary>
/// SQLite: the name keys are also kept in an FTS5 table with the trigram tokenizer (<see cref="SqliteNameSearchIndex"/>),
/// which finds a substring of three or more characters without reading every name: a phrase query of the key's
/// trigrams matches exactly the names that contain the key. A shorter key has no trigram and scans, as before.
/// </summary>
internal sealed class SqliteVolunteerNameSearch(ApplicationDbContext db) : IVolunteerNameSearch
{
    private const string Matching = $"SELECT VolunteerId AS Value FROM {SqliteNameSearchIndex.Table} WHERE {SqliteNameSearchIndex.Table} MATCH {{0}}";

    public IQueryable<Volunteer> WhereNameContains(IQueryable<Volunteer> volunteers, string key)
    {
        if (key.Length < SqliteNameSearchIndex.MinimumKeyLength)
        {
            return volunteers.Where(v => v.NameKey.Contains(key));
        }

        var phrase = $"\"{key.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var matching = db.Database.SqlQueryRaw<Guid>(Matching, phrase);
        return volunteers.Where(v => matching.Contains(v.Id));
    }
}
