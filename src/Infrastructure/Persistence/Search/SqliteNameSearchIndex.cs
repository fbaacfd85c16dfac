using Microsoft.EntityFrameworkCore;

namespace Volunteers.Infrastructure.Persistence.Search;

/// <summary>
/// The SQLite name-search index: an FTS5 table (trigram tokenizer) holding every volunteer's <c>NameKey</c> and id, kept
/// in step with <c>Volunteers</c> by triggers in the same transaction as every insert, name change and delete. EF Core
/// does not model virtual tables or triggers, so they are made here at start-up rather than in a migration (they survive
/// the migrations being regenerated, and a migration that rebuilds the Volunteers table — and so drops its triggers — is
/// repaired at the next start).
/// <para>
/// A volunteer's row in the FTS5 table is found by its rowid, which <see cref="Rows"/> keeps per volunteer id: the
/// volunteer id is an unindexed column there, so a name change or delete that looked the row up by it read the whole
/// table (~1 s at 300,000 volunteers, under the write lock). The volunteers' own rowids cannot serve, since
/// <c>VACUUM</c> may renumber a table without an integer primary key.
/// </para>
/// </summary>
internal static class SqliteNameSearchIndex
{
    public const string Table = "VolunteerNameSearch";
    public const string Rows = "VolunteerNameSearchRows";
    public const int MinimumKeyLength = 3; // a trigram

    private const string InsertTrigger = $"{Table}_Insert";
    private const string UpdateTrigger = $"{Table}_Update";
    private const string DeleteTrigger = $"{Table}_Delete";
    private const string RowOfOld = $"(SELECT RowId FROM {Rows} WHERE VolunteerId = old.Id)";
    private const string RowOfNew = $"(SELECT RowId FROM {Rows} WHERE VolunteerId = new.Id)";

    private const string Create = $"""
        DROP TRIGGER IF EXISTS {InsertTrigger};
        DROP TRIGGER IF EXISTS {UpdateTrigger};
        DROP TRIGGER IF EXISTS {DeleteTrigger};
        CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(NameKey, VolunteerId UNINDEXED, tokenize = 'trigram');
        CREATE TABLE IF NOT EXISTS {Rows} (RowId INTEGER PRIMARY KEY, VolunteerId TEXT NOT NULL UNIQUE);
        CREATE TRIGGER {InsertTrigger} AFTER INSERT ON Volunteers BEGIN
          INSERT INTO {Rows} (VolunteerId) VALUES (new.Id);
          INSERT INTO {Table} (rowid, NameKey, VolunteerId) VALUES ({RowOfNew}, new.NameKey, new.Id);
        END;
        CREATE TRIGGER {UpdateTrigger} AFTER UPDATE OF NameKey ON Volunteers BEGIN
          DELETE FROM {Table} WHERE rowid = {RowOfOld};
          INSERT INTO {Table} (rowid, NameKey, VolunteerId) VALUES ({RowOfNew}, new.NameKey, new.Id);
        END;
        CREATE TRIGGER {DeleteTrigger} AFTER DELETE ON Volunteers BEGIN
          DELETE FROM {Table} WHERE rowid = {RowOfOld};
          DELETE FROM {Rows} WHERE VolunteerId = old.Id;
        END;
        DELETE FROM {Table};
        DELETE FROM {Rows};
        INSERT INTO {Rows} (VolunteerId) SELECT Id FROM Volunteers;
        INSERT INTO {Table} (rowid, NameKey, VolunteerId) SELECT r.RowId, v.NameKey, v.Id FROM Volunteers v JOIN {Rows} r ON r.VolunteerId = v.Id;
        """;

    /// <summary>
    /// Creates the index, its row map and its triggers if any is missing (replacing triggers of an earlier form), and then
    /// fills it from the registry.
    /// </summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        var present = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE name IN ({Table}, {Rows}, {InsertTrigger}, {UpdateTrigger}, {DeleteTrigger})")
            .SingleAsync(cancellationToken);
        if (present == 5)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Create, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
