using Microsoft.EntityFrameworkCore;

namespace Volunteers.Infrastructure.Persistence.Search;

/// <summary>
/// The SQLite name-search index: an FTS5 table (trigram tokenizer) holding every volunteer's <c>NameKey</c> and id, kept
/// in step with <c>Volunteers</c> by triggers in the same transaction as every insert, name change and delete. EF Core
/// does not model virtual tables or triggers, so they are made here at start-up rather than in a migration (they survive
/// the migrations being regenerated, and a migration that rebuilds the Volunteers table — and so drops its triggers — is
/// repaired at the next start).
/// </summary>
internal static class SqliteNameSearchIndex
{
    public const string Table = "VolunteerNameSearch";
    public const int MinimumKeyLength = 3; // a trigram

    private const string InsertTrigger = $"{Table}_Insert";
    private const string UpdateTrigger = $"{Table}_Update";
    private const string DeleteTrigger = $"{Table}_Delete";

    private const string Create = $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(NameKey, VolunteerId UNINDEXED, tokenize = 'trigram');
        CREATE TRIGGER IF NOT EXISTS {InsertTrigger} AFTER INSERT ON Volunteers BEGIN
          INSERT INTO {Table} (NameKey, VolunteerId) VALUES (new.NameKey, new.Id);
        END;
        CREATE TRIGGER IF NOT EXISTS {UpdateTrigger} AFTER UPDATE OF NameKey ON Volunteers BEGIN
          DELETE FROM {Table} WHERE VolunteerId = old.Id;
          INSERT INTO {Table} (NameKey, VolunteerId) VALUES (new.NameKey, new.Id);
        END;
        CREATE TRIGGER IF NOT EXISTS {DeleteTrigger} AFTER DELETE ON Volunteers BEGIN
          DELETE FROM {Table} WHERE VolunteerId = old.Id;
        END;
        DELETE FROM {Table};
        INSERT INTO {Table} (NameKey, VolunteerId) SELECT NameKey, Id FROM Volunteers;
        """;

    /// <summary>Creates the index and its triggers if any is missing, and then fills it from the registry.</summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        var present = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE name IN ({Table}, {InsertTrigger}, {UpdateTrigger}, {DeleteTrigger})")
            .SingleAsync(cancellationToken);
        if (present == 4)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Create, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
