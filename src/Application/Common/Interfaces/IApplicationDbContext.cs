using Microsoft.EntityFrameworkCore;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Districts;
using Volunteers.Domain.Partners;
using Volunteers.Domain.Calendar;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Application.Common.Interfaces;

/// <summary>
/// The database as the use cases see it: the sets they need, and saving. Transactions and forgetting changes are
/// <see cref="IUnitOfWork"/>; database-side mechanisms have ports of their own where they live (e.g. the seats of a shift).
/// </summary>
public interface IApplicationDbContext
{
    DbSet<UserAccount> UserAccounts { get; }
    DbSet<RefreshToken> RefreshTokens { get; }
    DbSet<Invitation> Invitations { get; }
    DbSet<Direction> Directions { get; }
    DbSet<District> Districts { get; }
    DbSet<TrainingStage> TrainingStages { get; }
    DbSet<Volunteer> Volunteers { get; }

    /// <summary>The volunteers' directions on their own (counting them needs no join with <see cref="Volunteers"/>).</summary>
    IQueryable<VolunteerDirection> VolunteerDirections { get; }
    DbSet<TrainingCohort> TrainingCohorts { get; }
    DbSet<StageResult> StageResults { get; }
    DbSet<PracticeRecord> PracticeRecords { get; }
    DbSet<SchoolPlan> SchoolPlans { get; }
    DbSet<Partner> Partners { get; }
    DbSet<WebhookSubscription> WebhookSubscriptions { get; }
    DbSet<WebhookDelivery> WebhookDeliveries { get; }
    DbSet<VolunteerApplication> Applications { get; }
    DbSet<Campaign> Campaigns { get; }
    DbSet<Shift> Shifts { get; }
    DbSet<SignUp> SignUps { get; }
    DbSet<HelpRequest> HelpRequests { get; }

    DbSet<Mobilization> Mobilizations { get; }
    DbSet<Roster> Rosters { get; }
    DbSet<RosterEntry> RosterEntries { get; }

    /// <summary>Every mail the HQ sends, queued in the same transaction as its cause or ahead with a due time.</summary>
    DbSet<OutboxMail> OutboxMails { get; }

    DbSet<HoursCertificate> HoursCertificates { get; }
    DbSet<CalendarFeed> CalendarFeeds { get; }

    /// <summary>
    /// Saves in one transaction, together with what the in-process handlers of the raised domain events change: they
    /// run inside it, before the commit, so a handler that fails undoes the whole save.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
