using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Security;
using Volunteers.Application.Calendar.CreateCalendarFeed;
using Volunteers.Application.Calendar.GetCalendarFeed;

namespace Volunteers.Api.Endpoints;

internal static class CalendarEndpoints
{
    public const string ContentType = "text/calendar";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/volunteers/{id:guid}/calendar-feed", CreateCalendarFeed).WithName("createCalendarFeed").WithTags("Calendar")
            .RequirePolicy(Policies.SignedIn).ProducesProblems(404);
        api.MapGet("/calendar/{token}.ics", GetCalendarFeed).WithName("getCalendarFeed").WithTags("Calendar").AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, ContentType).Produces(StatusCodes.Status304NotModified).ProducesProblems(404);
    }

    /// <summary>Open a private calendar-feed address for a volunteer (the volunteer themself, or staff).</summary>
    /// <remarks>
    /// The answer's <c>url</c> (shown only here) is subscribed to in a phone's or computer's calendar. A new call replaces
    /// it: the previous address then answers 404.
    /// </remarks>
    public static async Task<Created<CalendarFeedDto>> CreateCalendarFeed(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var feed = await sender.Send(new CreateCalendarFeedCommand(id), cancellationToken);
        return TypedResults.Created(feed.Url, feed);
    }

    /// <summary>A volunteer's calendar feed (iCalendar; anonymous: the address is the credential).</summary>
    /// <remarks>
    /// One event per sign-up whose shift starts from 30 days ago to 90 days ahead (STATUS CONFIRMED for a seat held,
    /// attended or missed, TENTATIVE on the waitlist, CANCELLED), and one all-day event per emergency roster day (active
    /// duty or reserve). Times are UTC. The answer has an <c>ETag</c>: send it in <c>If-None-Match</c> to get 304 while the
    /// feed is unchanged. An unknown or replaced address is a 404.
    /// </remarks>
    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> GetCalendarFeed(string token, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var held = http.Request.GetTypedHeaders().IfNoneMatch.Select(tag => tag.Tag.ToString()).ToList();
        var feed = await sender.Send(new GetCalendarFeedQuery(token, held), cancellationToken);
        http.Response.Headers.ETag = feed.ETag;
        // Private to its holder: shared caches must not keep it.
        http.Response.Headers.CacheControl = "private, no-cache";
        return feed.NotModified
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Text(feed.Content, $"{ContentType}; charset=utf-8");
    }
}
