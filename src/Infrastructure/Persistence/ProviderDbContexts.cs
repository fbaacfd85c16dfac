using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence.Search;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>The embedded default. SQLite has no native date-time-offset type, so instants are stored as sortable integers.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : ApplicationDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The production provider (SQL Server or Azure SQL).</summary>
public sealed class SqlServerDbContext(DbContextOptions<SqlServerDbContext> options) : ApplicationDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The name search (ContainsVolunteerNameSearch): SQL Server's full-text search finds words and word prefixes, not a
        // fragment inside a word, so LIKE '%key%' scans — this narrow index rather than the whole table. SQLite and
        // PostgreSQL answer the search from trigram indexes of their own and do without it (one index less to keep up
        // on every insert).
        modelBuilder.Entity<Volunteer>().HasIndex(v => v.NameKey);
    }
}

/// <summary>
/// PostgreSQL. Instants are <c>timestamptz</c>, which Npgsql writes only with offset zero: the domain keeps every instant
/// in UTC (the clock's <see cref="TimeProvider.GetUtcNow"/>, and instants from requests turned to UTC by the entities,
/// as <see cref="Domain.Campaigns.Shift"/> does).
/// </summary>
public sealed partial class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : ApplicationDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The shared configurations write index filters and CHECK constraints with SQL Server's [brackets], which SQLite
        // reads too; PostgreSQL knows no brackets and folds unquoted names to lower case, so they are quoted its way.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var index in entity.GetIndexes())
            {
                if (index.GetFilter() is { } filter)
                {
                    index.SetFilter(QuoteIdentifiers(filter));
                }
            }

            foreach (var check in entity.GetCheckConstraints().ToList())
            {
                entity.RemoveCheckConstraint(check.ModelName);
                entity.AddCheckConstraint(check.ModelName, QuoteIdentifiers(check.Sql)).Name = check.Name;
            }
        }

        // The name search (PostgresVolunteerNameSearch): a trigram GIN index answers LIKE '%key%' without reading every name.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Volunteer>()
            .HasIndex(v => v.NameKey, PostgresVolunteerNameSearch.IndexName)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops");
    }

    private static string QuoteIdentifiers(string sql) => BracketedName().Replace(sql, "\"$1\"");

    [GeneratedRegex(@"\[(\w+)\]")]
    private static partial Regex BracketedName();
}
