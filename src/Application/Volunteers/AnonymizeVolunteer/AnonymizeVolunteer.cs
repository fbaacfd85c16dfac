using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Volunteers.AnonymizeVolunteer;

/// <summary>
/// Erase a volunteer's personal data for good (the right to be forgotten). The record stays, so hours and statistics
/// keep adding up; their applications and hours certificates are erased too (their codes then verify as unknown), their
/// calendar feed is closed, and their account can no longer sign in.
/// </summary>
public sealed record AnonymizeVolunteerCommand(Guid Id) : ICommand;

public sealed class AnonymizeVolunteerCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AnonymizeVolunteerCommand>
{
    public async ValueTask<Unit> Handle(AnonymizeVolunteerCommand command, CancellationToken cancellationToken)
    {
        var volunteer = await db.GetForUpdateAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var (iin, email) = (volunteer.Iin, volunteer.Email);
        volunteer.Anonymize(now);

        var applications = await db.Applications
            .Where(a => a.AnonymizedAt == null)
            .Where(a => a.VolunteerId == volunteer.Id || (iin != null && a.Iin == iin) || (email != null && a.Email == email))
            .ToListAsync(cancellationToken);
        foreach (var application in applications)
        {
            application.Anonymize(now);
        }

        // A certificate names its holder, and a calendar feed is theirs alone: both go with the personal data.
        db.HoursCertificates.RemoveRange(await db.HoursCertificates.Include(c => c.Campaigns).Where(c => c.VolunteerId == volunteer.Id).ToListAsync(cancellationToken));
        db.CalendarFeeds.RemoveRange(await db.CalendarFeeds.Where(f => f.VolunteerId == volunteer.Id).ToListAsync(cancellationToken));

        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.VolunteerId == volunteer.Id, cancellationToken);
        if (account is not null)
        {
            if (account.IsActive)
            {
                account.Deactivate();
            }

            // The account's e-mail and name are personal data too; the placeholder keeps the e-mail unique.
            account.ChangeEmail($"{account.Id:N}@anonymized.invalid");
            account.ChangeFullName("—");
            await db.RefreshTokens.Where(t => t.UserAccountId == account.Id && t.RevokedAt == null)
                .ForEachAsync(t => t.Revoke(now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
