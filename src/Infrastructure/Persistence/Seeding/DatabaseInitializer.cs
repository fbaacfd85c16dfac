using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Infrastructure.Persistence.Search;

namespace Volunteers.Infrastructure.Persistence.Seeding;

/// <summary>Configuration section <c>Bootstrap</c>: the first admin account.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";
    public const string DevelopmentAdminEmail = "admin@volunteers.local";
    public const string DevelopmentAdminPassword = "Admin12345!";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}

/// <summary>Migrates the database (as configured) and seeds reference data and the first admin. Safe to run on every start.</summary>
public sealed partial class DatabaseInitializer(
    ApplicationDbContext db,
    IPasswordHasher passwords,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<BootstrapOptions> bootstrapOptions,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>The history table's key column, as EF Core's <see cref="HistoryRepository"/> names it.</summary>
    private const string MigrationIdColumn = "MigrationId";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var options = databaseOptions.Value;
        // The relational model (tables and columns of the compiled model) is built lazily by the first query, here the
        // seeding's. It takes a few hundred milliseconds of CPU, so it is built on another core while the checks below
        // wait for the database; the model is immutable and safe to read from two threads.
        var model = db.Model;
        var relationalModel = Task.Run(model.GetRelationalModel, cancellationToken);

        // Migrate only when a migration is pending: listing the applied ones is one query, whereas MigrateAsync also
        // diffs the model against the migrations' snapshot (a check for forgotten migrations) on every start, which
        // costs a few hundred milliseconds of start-up. A pending migration still goes through MigrateAsync and its check.
        if (options.Provider == DatabaseProvider.Sqlite ? await HasPendingSqliteMigrationAsync(cancellationToken)
            : options.MigrateOnStartup && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await SqliteNameSearchIndex.EnsureAsync(db, cancellationToken);
        }

        await relationalModel;
        await SeedReferenceDataAsync(cancellationToken);
        await SeedAdminAsync(cancellationToken);
    }

    /// <summary>
    /// Whether a migration of this build is missing from the database's history. EF Core's GetPendingMigrationsAsync reads
    /// the history through a model of the history table that it builds with the whole convention pipeline — with the
    /// compiled models, the only model built at start, about a fifth of the start's CPU — so the applied ids are read
    /// here with one plain query of the same table. Only on the embedded default, whose start-up is the one measured
    /// (bench/): on PostgreSQL the plain query failed in the test suite against a fresh database (no history table), so
    /// the server providers keep EF Core's own check (run only with <c>Database:MigrateOnStartup</c>).
    /// </summary>
    private async Task<bool> HasPendingSqliteMigrationAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            return false;
        }

        if (!await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken))
        {
            return true;
        }

        var relational = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, relational.MigrationsHistoryTableSchema);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {sql.DelimitIdentifier(MigrationIdColumn)} FROM {table}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                known.Remove(reader.GetString(0));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return known.Count > 0;
    }

    private async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        var stageIds = await db.TrainingStages.Select(s => s.Id).ToListAsync(cancellationToken);
        db.TrainingStages.AddRange(ReferenceData.Stages().Where(s => !stageIds.Contains(s.Id)));

        var directionCodes = await db.Directions.Select(d => d.Code).ToListAsync(cancellationToken);
        db.Directions.AddRange(ReferenceData.Directions().Where(d => !directionCodes.Contains(d.Code)));

        var districtCodes = await db.Districts.Select(d => d.Code).ToListAsync(cancellationToken);
        db.Districts.AddRange(ReferenceData.Districts().Where(d => !districtCodes.Contains(d.Code)));

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAdminAsync(CancellationToken cancellationToken)
    {
        var settings = bootstrapOptions.Value;
        var isDevelopment = environment.IsDevelopment();
        var email = settings.AdminEmail ?? (isDevelopment ? BootstrapOptions.DevelopmentAdminEmail : null);
        var password = settings.AdminPassword ?? (isDevelopment ? BootstrapOptions.DevelopmentAdminPassword : null);
        if (email is null || password is null)
        {
            throw new InvalidOperationException(
                "Bootstrap:AdminEmail and Bootstrap:AdminPassword must be configured outside Development (the first admin account).");
        }

        email = UserAccount.NormalizeEmail(email);
        if (await db.UserAccounts.AnyAsync(a => a.Email == email, cancellationToken))
        {
            return;
        }

        var admin = UserAccount.Create(email, "Administrator", Role.Admin, clock.GetUtcNow());
        admin.SetPasswordHash(passwords.Hash(admin, password));
        db.UserAccounts.Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        if (isDevelopment && settings.AdminPassword is null)
        {
            LogDevelopmentAdmin(logger, email, password);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development admin account created: {Email} / {Password} (development only)")]
    private static partial void LogDevelopmentAdmin(ILogger logger, string email, string password);
}
