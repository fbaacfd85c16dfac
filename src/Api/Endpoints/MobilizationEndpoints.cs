using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Mobilizations.CreateMobilization;
using Volunteers.Application.Mobilizations.CreateRoster;
using Volunteers.Application.Mobilizations.EndMobilization;
using Volunteers.Application.Mobilizations.GetMobilization;
using Volunteers.Application.Mobilizations.GetRoster;
using Volunteers.Application.Mobilizations.RespondToRoster;
using Volunteers.Application.Mobilizations;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class MobilizationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var mobilizations = api.MapGroup("/mobilizations").WithTags("Mobilizations");
        mobilizations.MapPost("/", CreateMobilization).WithName("createMobilization").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(400);
        mobilizations.MapGet("/{id:guid}", GetMobilization).WithName("getMobilization").RequirePolicy(Policies.StaffOrScope(PartnerScopes.MobilizationsRead)).ProducesProblems(404);
        mobilizations.MapPost("/{id:guid}/end", EndMobilization).WithName("endMobilization").RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
        mobilizations.MapPost("/{id:guid}/rosters", CreateRoster).WithName("createMobilizationRoster").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(400, 404, 409);
        mobilizations.MapGet("/{id:guid}/rosters/{date}", GetRoster).WithName("getMobilizationRoster").RequirePolicy(Policies.StaffOrScope(PartnerScopes.MobilizationsRead)).ProducesProblems(400, 404);
        mobilizations.MapPost("/{id:guid}/rosters/{date}/responses", RespondToRoster).WithName("respondToMobilizationRoster").RequirePolicy(Policies.SignedIn).ProducesProblems(400, 404, 409);
    }

    /// <summary>Declare an emergency mobilisation (Coordinator, Admin).</summary>
    /// <remarks>
    /// Each day of the period a roster of <c>dailyActive</c> volunteers plus <c>reserve</c> in reserve is drawn with
    /// <c>POST /mobilizations/{id}/rosters</c>. Mobilisations may overlap; a volunteer is on at most one roster a day.
    /// </remarks>
    public static async Task<Created<MobilizationDto>> CreateMobilization(CreateMobilizationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var mobilization = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/mobilizations/{mobilization.Id}", mobilization);
    }

    /// <summary>Get a mobilisation with the figures of each roster drawn so far (Coordinator, Admin).</summary>
    public static async Task<Ok<MobilizationDto>> GetMobilization(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMobilizationQuery(id), cancellationToken));

    /// <summary>End a mobilisation: no more rosters, answers or call-ups (Coordinator, Admin).</summary>
    public static async Task<Ok<MobilizationDto>> EndMobilization(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new EndMobilizationCommand(id), cancellationToken));

    /// <summary>Draw a day's roster and e-mail everyone on it (Coordinator, Admin).</summary>
    /// <remarks>
    /// Eligible: Active volunteers (not trainees, Reserve, Suspended, Retired or anonymised people), not on another roster
    /// that day, in the mobilisation's directions and districts if it names any. Order: longest since last mobilised
    /// (never first), then fewest hours in the last 30 days, then volunteer id. The first <c>dailyActive</c> get active
    /// places, the next <c>reserve</c> stand in reserve; <c>shortfall</c> tells how many active places stay empty.
    /// The same day twice is a 409 (<c>roster-already-exists</c>); a day outside the period
    /// (<c>roster-date-outside-period</c>) or an ended mobilisation (<c>mobilization-ended</c>) too.
    /// </remarks>
    public static async Task<Created<RosterDto>> CreateRoster(Guid id, RosterDay body, ISender sender, CancellationToken cancellationToken)
    {
        var roster = await sender.Send(new CreateRosterCommand(id, body.Date), cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/mobilizations/{id}/rosters/{roster.Date:yyyy-MM-dd}", roster);
    }

    /// <summary>Get a day's roster: active places, the reserve and how the answers stand (Coordinator, Admin).</summary>
    public static async Task<Ok<RosterDto>> GetRoster(Guid id, DateOnly date, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRosterQuery(id, date), cancellationToken));

    /// <summary>Confirm or decline a place on a day's roster (the volunteer themself, or staff for anyone).</summary>
    /// <remarks>
    /// A declined active place (also one left unanswered past the response window) stays in <c>active</c> as
    /// <c>Declined</c> and the first <c>Notified</c> reserve volunteer moves to <c>active</c> as <c>CalledUp</c>. A
    /// reserve volunteer may decline (withdraw) before being called up, and confirms once called up.
    /// </remarks>
    public static async Task<Ok<RosterEntryDto>> RespondToRoster(Guid id, DateOnly date, RosterAnswer body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RespondToRosterCommand(id, date, body.VolunteerId, body.Response), cancellationToken));
}

/// <summary>The day to draw a roster for.</summary>
/// <param name="Date" example="2026-03-02">An HQ date inside the mobilisation's period.</param>
[ValidatedAs(typeof(CreateRosterCommand))]
public sealed record RosterDay(DateOnly Date);

/// <summary>An answer to a roster.</summary>
/// <param name="VolunteerId">Who answers (a volunteer only for themself).</param>
/// <param name="Response">Confirmed or Declined.</param>
[ValidatedAs(typeof(RespondToRosterCommand))]
public sealed record RosterAnswer(Guid VolunteerId, RosterResponse Response);
