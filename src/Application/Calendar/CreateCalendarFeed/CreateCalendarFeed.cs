using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Links;
using Volunteers.Domain.Calendar;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Calendar.CreateCalendarFeed;

/// <summary>A new private calendar-feed address for a volunteer (the volunteer or staff); the previous one stops working.</summary>
public sealed record CreateCalendarFeedCommand(Guid VolunteerId) : ICommand<CalendarFeedDto>;

/// <summary>A volunteer's calendar feed.</summary>
/// <param name="Url">The absolute address to subscribe to in a calendar app (ends in <c>/calendar/{token}.ics</c>); shown only here.</param>
public sealed record CalendarFeedDto(Uri Url);

public sealed class CreateCalendarFeedCommandHandler(IApplicationDbContext db, ICurrentUser user, ISecretGenerator secrets, IPublicLinks links, TimeProvider clock)
    : ICommandHandler<CreateCalendarFeedCommand, CalendarFeedDto>
{
    public async ValueTask<CalendarFeedDto> Handle(CreateCalendarFeedCommand command, CancellationToken cancellationToken)
    {
        user.EnsureStaffOrSelf(command.VolunteerId, "A volunteer opens only their own calendar feed.");
        if (!await db.Volunteers.AnyAsync(v => v.Id == command.VolunteerId && v.AnonymizedAt == null, cancellationToken))
        {
            throw new NotFoundException(nameof(Volunteer), command.VolunteerId);
        }

        var token = secrets.NewSecret();
        var now = clock.GetUtcNow();
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.VolunteerId == command.VolunteerId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(CalendarFeed.Open(command.VolunteerId, secrets.Hash(token), now));
        }
        else
        {
            feed.Replace(secrets.Hash(token), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CalendarFeedDto(links.CalendarFeed(token));
    }
}
