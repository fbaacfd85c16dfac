using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Shifts.CancelSignUp;
using Volunteers.Application.Shifts.CheckIn;
using Volunteers.Application.Shifts.CheckOut;
using Volunteers.Application.Shifts.GetCheckInCode;
using Volunteers.Application.Shifts.GetShift;
using Volunteers.Application.Shifts.GetSignUp;
using Volunteers.Application.Shifts.ListShiftSignUps;
using Volunteers.Application.Shifts.RescheduleShift;
using Volunteers.Application.Shifts.RotateCheckInCode;
using Volunteers.Application.Shifts.SelfCheckIn;
using Volunteers.Application.Shifts.SelfCheckOut;
using Volunteers.Application.Shifts.SignUpForShift;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;
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
        shifts.MapGet("/{id:guid}/signups", ListShiftSignUps).WithName("listShiftSignUps").RequirePolicy(Policies.Staff)
            .WithMetadata(new QueryEnumAttribute("status", typeof(SignUpStatus))).ProducesProblems(400, 404);
        shifts.MapGet("/{id:guid}/signups/{volunteerId:guid}", GetSignUp).WithName("getShiftSignUp").RequirePolicy(Policies.SignedIn).ProducesProblems(404);
        shifts.MapDelete("/{id:guid}/signups/{volunteerId:guid}", CancelSignUp).WithName("cancelShiftSignUp").RequirePolicy(Policies.SignedIn).ProducesProblems(404, 409);
        shifts.MapPost("/{id:guid}/signups/{volunteerId:guid}/check-in", CheckIn).WithName("checkInToShift").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
        shifts.MapPost("/{id:guid}/signups/{volunteerId:guid}/check-out", CheckOut).WithName("checkOutOfShift").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
        shifts.MapGet("/{id:guid}/check-in-code", GetCheckInCode).WithName("getShiftCheckInCode").RequirePolicy(Policies.Staff).ProducesProblems(404);
        shifts.MapPost("/{id:guid}/check-in-code/rotate", RotateCheckInCode).WithName("rotateShiftCheckInCode").RequirePolicy(Policies.Staff).ProducesProblems(404);
        shifts.MapPost("/{id:guid}/signups/{volunteerId:guid}/self-check-in", SelfCheckIn).WithName("selfCheckInToShift")
            .RequirePolicy(Policies.SignedIn).ProducesProblems(400, 404, 409, StatusCodes.Status429TooManyRequests);
        shifts.MapPost("/{id:guid}/signups/{volunteerId:guid}/self-check-out", SelfCheckOut).WithName("selfCheckOutOfShift")
            .RequirePolicy(Policies.SignedIn).ProducesProblems(400, 404, 409, StatusCodes.Status429TooManyRequests);
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
    /// <remarks><c>status</c> (Confirmed, Waitlisted, Cancelled or NoShow) lists only the sign-ups in that status; another value is a 400.</remarks>
    public static async Task<Ok<IReadOnlyList<ShiftSignUpDto>>> ListShiftSignUps(
        Guid id, ISender sender, CancellationToken cancellationToken, [FromQuery] string? status = null) =>
        TypedResults.Ok(await sender.Send(new ListShiftSignUpsQuery(id, status), cancellationToken));

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

    /// <summary>The shift's check-in code with its QR image (Coordinator, Admin), to show at the place; issued on first request.</summary>
    /// <remarks>The code works from an hour before the shift's start to an hour after its end (<c>validFrom</c>, <c>validUntil</c>).</remarks>
    public static async Task<Ok<CheckInCodeDto>> GetCheckInCode(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCheckInCodeQuery(id), cancellationToken));

    /// <summary>Replace the shift's check-in code (Coordinator, Admin); the old code stops working at once.</summary>
    public static async Task<Ok<CheckInCodeDto>> RotateCheckInCode(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RotateCheckInCodeCommand(id), cancellationToken));

    /// <summary>Check yourself in with the shift's check-in code (the volunteer themself; staff use the staff check-in).</summary>
    /// <remarks>
    /// A confirmed sign-up only, checked in at the server's now. Outside the code's window: 409 <c>check-in-outside-window</c>
    /// (not counted as a wrong code); a wrong code: 409 <c>check-in-code-invalid</c>; after 5 wrong codes for the sign-up
    /// within 15 minutes: 429 with <c>Retry-After</c>.
    /// </remarks>
    public static async Task<Ok<SignUpDto>> SelfCheckIn(Guid id, Guid volunteerId, CheckInCodeRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SelfCheckInCommand(id, volunteerId, body.Code), cancellationToken));

    /// <summary>Check yourself out with the shift's check-in code (the volunteer themself); the time since check-in becomes your hours.</summary>
    /// <remarks>The same rules as the self check-in; the check-out is at the server's now.</remarks>
    public static async Task<Ok<SignUpDto>> SelfCheckOut(Guid id, Guid volunteerId, CheckInCodeRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SelfCheckOutCommand(id, volunteerId, body.Code), cancellationToken));
}

/// <summary>A shift's new time and place.</summary>
/// <param name="StartsAt" example="2026-03-12T09:00:00+05:00">The new start.</param>
/// <param name="EndsAt" example="2026-03-12T13:00:00+05:00">The new end, after the start.</param>
/// <param name="Location">Where to meet.</param>
[ValidatedAs(typeof(RescheduleShiftCommand))]
public sealed record RescheduleShiftRequest(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location);

/// <summary>The shift's check-in code, as the coordinator shows it.</summary>
/// <param name="Code" example="407215">Six digits.</param>
[ValidatedAs(typeof(SelfCheckInCommand))]
public sealed record CheckInCodeRequest(string? Code);

/// <summary>Who signs up.</summary>
/// <param name="VolunteerId">The volunteer; a volunteer may only name themself.</param>
public sealed record SignUpRequest(Guid VolunteerId);

/// <summary>When the volunteer arrived or left.</summary>
/// <param name="At" example="2026-03-12T09:05:00+05:00">Defaults to now; never in the future.</param>
public sealed record AttendanceTime(DateTimeOffset? At);
