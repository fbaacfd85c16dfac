using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Calendar;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Idempotency;
using Volunteers.Domain.Districts;
using Volunteers.Domain.Outbox;
using Volunteers.Domain.Partners;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.School;
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
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<HoursCertificate> HoursCertificates => Set<HoursCertificate>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    private IPublisher? _publisher;

    /// <summary>
    /// Saves, and runs the in-process handlers of the domain events raised by what it saved in the same transaction,
    /// before the commit: a handler that fails undoes the whole save (and the webhook events that
    /// <see cref="Webhooks.DomainEventWebhooks"/> added to it), so a change is never kept without its consequences.
    /// A handler's own save joins the transaction and dispatches its events in turn. Inside a transaction the use case
    /// began itself, the events are handled there and the use case commits.
    /// </summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var raised = ChangeTracker.Entries<IHasDomainEvents>()
            .Select(e => e.Entity)
            .Where(e => e.DomainEvents.Count > 0)
            .ToList();
        if (raised.Count == 0 || _publisher is not { } publisher)
        {
            var saved = await base.SaveChangesAsync(cancellationToken);
            ClearDomainEvents(raised);
            return saved;
        }

        await using var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(cancellationToken);
        var events = raised.SelectMany(e => e.DomainEvents).ToList();
        ClearDomainEvents(raised);
        foreach (var domainEvent in events)
        {
            await publisher.Publish(domainEvent, cancellationToken);
        }

        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>
    /// Lets this context's saves run the domain-event handlers of the scope that leased it (a pooled context serves
    /// many scopes, so the scope's registration sets it every time). Without one (tools, seeders) events are not handled.
    /// </summary>
    internal ApplicationDbContext HandlingDomainEventsWith(IPublisher? publisher)
    {
        _publisher = publisher;
        return this;
    }

    private static void ClearDomainEvents(List<IHasDomainEvents> raised)
    {
        foreach (var entity in raised)
        {
            entity.ClearDomainEvents();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
}
