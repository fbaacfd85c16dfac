using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Idempotency;
using Volunteers.Domain.Districts;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Training;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// The model, shared by both providers. Each provider has a thin subclass (<see cref="SqliteDbContext"/>,
/// <see cref="SqlServerDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class ApplicationDbContext(DbContextOptions options) : DbContext(options), IApplicationDbContext
{
    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Direction> Directions => Set<Direction>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<TrainingStage> TrainingStages => Set<TrainingStage>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Mobilization> Mobilizations => Set<Mobilization>();
    public DbSet<Roster> Rosters => Set<Roster>();
    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();
    public DbSet<MobilizationNotification> MobilizationNotifications => Set<MobilizationNotification>();

    private readonly List<IDomainEvent> _savedEvents = [];

    /// <summary>Saves, and keeps the domain events of the saved aggregates for dispatch after the use case.</summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var raised = ChangeTracker.Entries()
            .Select(e => e.Entity)
            .OfType<IHasDomainEvents>()
            .Where(e => e.DomainEvents.Count > 0)
            .ToList();
        var written = await base.SaveChangesAsync(cancellationToken);
        foreach (var entity in raised)
        {
            _savedEvents.AddRange(entity.DomainEvents);
            entity.ClearDomainEvents();
        }

        return written;
    }

    public IReadOnlyList<IDomainEvent> TakeSavedDomainEvents()
    {
        if (_savedEvents.Count == 0)
        {
            return [];
        }

        var events = _savedEvents.ToList();
        _savedEvents.Clear();
        return events;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
}
