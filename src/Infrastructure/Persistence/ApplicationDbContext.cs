using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Idempotency;
using Volunteers.Domain.Districts;
using Volunteers.Domain.Outbox;
using Volunteers.Domain.Partners;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Training;
using Volunteers.Domain.Volunteers;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// The model, shared by every provider. Each provider has a thin subclass (<see cref="SqliteDbContext"/>,
/// <see cref="SqlServerDbContext"/>, <see cref="PostgresDbContext"/>) so that each keeps its own migrations.
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

    // Not a DbSet property, so the table keeps its name (VolunteerDirection).
    public IQueryable<VolunteerDirection> VolunteerDirections => Set<VolunteerDirection>();
    public DbSet<TrainingCohort> TrainingCohorts => Set<TrainingCohort>();
    public DbSet<StageResult> StageResults => Set<StageResult>();
    public DbSet<PracticeRecord> PracticeRecords => Set<PracticeRecord>();
    public DbSet<SchoolPlan> SchoolPlans => Set<SchoolPlan>();
    public DbSet<VolunteerApplication> Applications => Set<VolunteerApplication>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Shift> Shifts => Set<Shift>();
    public DbSet<SignUp> SignUps => Set<SignUp>();
    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
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
