using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Limits;
using Volunteers.Api.OpenApi;
using Volunteers.Application.Attendance;
using Volunteers.Application.Attendance.AnswerAttendance;
using Volunteers.Application.Attendance.GetAttendance;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Api.Endpoints;

/// <summary>The personal link in shift reminders: anonymous, the token is the credential (and rate-limited per address).</summary>
internal static class AttendanceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var attendance = api.MapGroup("/attendance").WithTags("Attendance").RequireRateLimiting(PublicFormRateLimiting.AttendanceLinkPolicy);
        attendance.MapGet("/{token}", GetAttendance).WithName("getAttendance").ProducesProblems(404, 429);
        attendance.MapPost("/{token}", AnswerAttendance).WithName("answerAttendance").ProducesProblems(400, 404, 409, 429);
    }

    /// <summary>What an attendance link is about: the shift, the volunteer's first name, the seat and the answer so far.</summary>
    /// <remarks>Anonymous: the token from the reminder mail is the credential. An unknown token, a cancelled seat or a shift that is over: 404.</remarks>
    public static async Task<Ok<AttendanceDto>> GetAttendance(string token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAttendanceQuery(token), cancellationToken));

    /// <summary>Answer "coming" or "not coming" from the attendance link.</summary>
    /// <remarks>
    /// Anonymous: the token is the credential. `Coming` is recorded (again: the same 200). `NotComing` cancels the sign-up as
    /// the volunteer's own cancellation does: the seat goes at once to the first on the waitlist, who is mailed. Any answer
    /// after a cancellation: 409 `signup-cancelled`. An unknown token or a shift that is over: 404.
    /// </remarks>
    public static async Task<Ok<AttendanceDto>> AnswerAttendance(string token, AttendanceAnswerRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AnswerAttendanceCommand(token, body.Answer), cancellationToken));
}

/// <summary>The volunteer's answer.</summary>
/// <param name="Answer" example="Coming">Coming or NotComing.</param>
[ValidatedAs(typeof(AnswerAttendanceCommand))]
public sealed record AttendanceAnswerRequest(AttendanceAnswer? Answer);
