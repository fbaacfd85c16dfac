using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Security;
using Volunteers.Application.Shifts.CancelSignUp;
using Volunteers.Application.Shifts.CheckIn;
using Volunteers.Application.Shifts.CheckOut;
using Volunteers.Application.Shifts.GetShift;
using Volunteers.Application.Shifts.GetSignUp;
using Volunteers.Application.Shifts.ListShiftSignUps;
using Volunteers.Application.Shifts.RescheduleShift;
using Volunteers.Application.Shifts.SignUpForShift;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class ShiftEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var shifts = api.MapGroup("/shifts").WithTags("Shifts");
        shifts.MapGet("/{id:guid}", GetShift).WithName("getShift").RequirePolicy(Policies.PublicOrScope(PartnerScopes.CampaignsRead)).ProducesProblems(404);
        shifts.MapPost("/{id:guid}/reschedule", RescheduleShift).WithName("rescheduleShift").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
        shifts.MapPost("/{id:guid}/signups", SignUpForShift).WithName("signUpForShift").RequirePolicy(Policies.SignedIn).Idempotent().ProducesProblems(400, 404, 409);
        shifts.MapGet("/{id:guid}/signups", ListShiftSignUps).WithName("listShiftSignUps").RequirePolicy(Policies.Staff).ProducesProblems(404);
        shifts.MapGet("/{id:guid}/signups/{volunteerId:guid}", GetSignUp).WithName("getShiftSignUp").RequirePolicy(Policies.SignedIn).ProducesProblems(404);
        shifts.MapDelete("/{id:guid}/signups/{volunteerId:guid}", CancelSignUp).WithName("cancelShiftSignUp").RequirePolicy(Policies.SignedIn).ProducesProblems(404, 409);
        shifts.MapPost("/{id:guid}/signups/{volunteerId:guid}/check-in", CheckIn).WithName("checkInToShift").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
        shifts.MapPost("/{id:guid}/signups/{volunteerId:guid}/check-out", CheckOut).WithName("checkOutOfShift").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);

    }

    /// <summary>Get one shift with its confirmed and waitlisted counts (visible like its campaign).</summary>
    public static async Task<Ok<ShiftDto>> GetShift(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetShiftQuery(id), cancellationToken));

    /// <summary>Move a shift that has not started to a new time or place (Coordinator, Admin); seats and waitlist stay.</summary>
    /// <remarks>
    /// The new times must lie within the campaign's dates (400 naming the field) and the campaign must be open; a started
    /// shift is 409 `shift-already-started`. Reminders and calendar feeds follow the new time.
    /// </remarks>
    public static async Task<Ok<ShiftDto>> RescheduleShift(Guid id, RescheduleShiftRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RescheduleShiftCommand(id, body.StartsAt, body.EndsAt, body.Location), cancellationToken));

    /// <summary>Sign a volunteer up for a shift: Confirmed while seats are free, else Waitlisted with a FIFO position.</summary>
    /// <remarks>
    /// A volunteer signs up only themself (someone else: 403); Coordinators and Admins sign up anyone. The volunteer must be
    /// Active, or a trainee in the practice stage; the campaign published or running; no other shift of theirs may overlap
    /// (all 409). The capacity holds under any number of simultaneous sign-ups.
    /// </remarks>
    public static async Task<Created<SignUpDto>> SignUpForShift(Guid id, SignUpRequest body, ISender sender, CancellationToken cancellationToken)
    {
        var signUp = await sender.Send(new SignUpForShiftCommand(id, body.VolunteerId), cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/shifts/{id}/signups/{signUp.VolunteerId}", signUp);
    }

    /// <summary>List a shift's sign-ups (Coordinator, Admin): seated volunteers, the waitlist in order, then cancellations.</summary>
    public static async Task<Ok<IReadOnlyList<ShiftSignUpDto>>> ListShiftSignUps(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListShiftSignUpsQuery(id), cancellationToken));

    /// <summary>Get a volunteer's sign-up on a shift with the current waitlist position (the volunteer themself, or staff).</summary>
    public static async Task<Ok<SignUpDto>> GetSignUp(Guid id, Guid volunteerId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSignUpQuery(id, volunteerId), cancellationToken));

    /// <summary>Cancel a sign-up (the volunteer themself, or staff); the freed seat goes to the first on the waitlist.</summary>
    public static async Task<NoContent> CancelSignUp(Guid id, Guid volunteerId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new CancelSignUpCommand(id, volunteerId), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Record a confirmed volunteer's arrival (Coordinator, Admin); <c>at</c> defaults to now and is never in the future.</summary>
    /// <remarks>Often recorded afterwards; the shift's planned times do not restrict it.</remarks>
    public static async Task<Ok<SignUpDto>> CheckIn(Guid id, Guid volunteerId, AttendanceTime? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CheckInCommand(id, volunteerId, body?.At), cancellationToken));

    /// <summary>Record a volunteer's departure (Coordinator, Admin); the time since check-in becomes their hours.</summary>
    /// <remarks><c>at</c> defaults to now, is never in the future and must come after the check-in (409).</remarks>
    public static async Task<Ok<SignUpDto>> CheckOut(Guid id, Guid volunteerId, AttendanceTime? body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CheckOutCommand(id, volunteerId, body?.At), cancellationToken));
}

/// <summary>A shift's new time and place.</summary>
/// <param name="StartsAt" example="2026-03-12T09:00:00+05:00">The new start.</param>
/// <param name="EndsAt" example="2026-03-12T13:00:00+05:00">The new end, after the start.</param>
/// <param name="Location">Where to meet.</param>
public sealed record RescheduleShiftRequest(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location);

/// <summary>Who signs up.</summary>
/// <param name="VolunteerId">The volunteer; a volunteer may only name themself.</param>
public sealed record SignUpRequest(Guid VolunteerId);

/// <summary>When the volunteer arrived or left.</summary>
/// <param name="At" example="2026-03-12T09:05:00+05:00">Defaults to now; never in the future.</param>
public sealed record AttendanceTime(DateTimeOffset? At);
