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

/// <summary>
/// PostgreSQL: <c>LIKE '%key%'</c> on the name key, answered by a trigram GIN index (<c>pg_trgm</c>, made by the
/// PostgreSQL migrations) for keys of three or more characters. The key's own <c>%</c>, <c>_</c> and <c>\</c> are escaped
/// so they match themselves.
/// </summary>
internal sealed class PostgresVolunteerNameSearch : IVolunteerNameSearch
{
    public const string IndexName = "IX_Volunteers_NameKey_Trigram";

    public IQueryable<Volunteer> WhereNameContains(IQueryable<Volunteer> volunteers, string key)
    {
        var pattern = "%" + key.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
        return volunteers.Where(v => EF.Functions.Like(v.NameKey, pattern, @"\"));
    }
}
