using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Volunteers.AnonymizeVolunteer;
using Volunteers.Application.Volunteers.ChangeVolunteerStatus;
using Volunteers.Application.School.Progress;
using Volunteers.Application.School.Progress.GetVolunteerTraining;
using Volunteers.Application.Volunteers.GetVolunteer;
using Volunteers.Application.Volunteers.GetVolunteerHours;
using Volunteers.Application.Volunteers.ImportVolunteers;
using Volunteers.Application.Volunteers.InviteVolunteer;
using Volunteers.Application.Volunteers.ListOpenShifts;
using Volunteers.Application.Volunteers.ListVolunteers;
using Volunteers.Application.Volunteers.UpdateVolunteer;
using Volunteers.Application.Volunteers;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Api.Endpoints;

internal static class VolunteerEndpoints
{
    /// <summary>The import of up to ten thousand rows is larger than the API's usual 1 MiB limit.</summary>
    public const int ImportMaxBodyBytes = 10 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        var volunteers = api.MapGroup("/volunteers").WithTags("Volunteers");
        volunteers.MapGet("/", ListVolunteers).WithName("listVolunteers").RequirePolicy(Policies.Staff).ProducesProblems(400);
        volunteers.MapPost("/import", ImportVolunteers).WithName("importVolunteers").RequirePolicy(Policies.Admin).Idempotent()
            .Accepts<ImportRow[]>("application/json", "text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(ImportMaxBodyBytes))
            .ProducesProblems(400, 413, 415);
        volunteers.MapGet("/{id:guid}", GetVolunteer).WithName("getVolunteer").RequirePolicy(Policies.SignedIn).ProducesProblems(404);
        volunteers.MapPatch("/{id:guid}", UpdateVolunteer).WithName("updateVolunteer").RequirePolicy(Policies.SignedIn).ProducesProblems(400, 404, 409);
        volunteers.MapPost("/{id:guid}/status", ChangeVolunteerStatus).WithName("changeVolunteerStatus").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
        volunteers.MapPost("/{id:guid}/invitation", InviteVolunteer).WithName("inviteVolunteer").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(404, 409);
        volunteers.MapGet("/{id:guid}/hours", GetVolunteerHours).WithName("getVolunteerHours").RequirePolicy(Policies.SignedIn).ProducesProblems(404);
        volunteers.MapGet("/{id:guid}/training", GetVolunteerTraining).WithName("getVolunteerTraining").RequirePolicy(Policies.SignedIn).ProducesProblems(404);
        volunteers.MapGet("/{id:guid}/open-shifts", ListOpenShifts).WithName("listOpenShifts").RequirePolicy(Policies.SignedIn).ProducesProblems(400, 404);
        volunteers.MapPost("/{id:guid}/anonymize", AnonymizeVolunteer).WithName("anonymizeVolunteer").RequirePolicy(Policies.Admin).ProducesProblems(404, 409);
    }

    /// <summary>A volunteer's hours in total and per campaign (staff, or the volunteer themself).</summary>
    public static async Task<Ok<VolunteerHoursDto>> GetVolunteerHours(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetVolunteerHoursQuery(id), cancellationToken));

    /// <summary>A volunteer's progress through the three school stages.</summary>
    /// <remarks>Coordinators and admins see anyone's; a volunteer their own; a trainer that of the members of their cohorts. Others get 403.</remarks>
    public static async Task<Ok<VolunteerTrainingDto>> GetVolunteerTraining(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetVolunteerTrainingQuery(id), cancellationToken));

    /// <summary>The upcoming shifts a volunteer may sign up for (staff, or the volunteer themself).</summary>
    /// <remarks>
    /// Shifts not yet started, of published or running campaigns in the volunteer's directions, starting on the HQ dates
    /// <c>from</c>..<c>to</c> (YYYY-MM-DD; default today to today + 30 days), with free places, and not clashing with a shift the
    /// volunteer holds or waits for. The campaign's district equal to the volunteer's first, then by start; at most 100.
    /// A volunteer who may not sign up for shifts gets an empty list.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<OpenShiftDto>>> ListOpenShifts(
        Guid id, ISender sender, CancellationToken cancellationToken, [FromQuery] string? from = null, [FromQuery] string? to = null) =>
        TypedResults.Ok(await sender.Send(new ListOpenShiftsQuery(id, from, to), cancellationToken));

    /// <summary>Search the volunteer registry (Coordinator, Admin).</summary>
    /// <remarks>
    /// Filters combine: <c>status</c>, <c>directionId</c>, <c>district</c> (a district code) and <c>search</c> — a phone
    /// number in any spelling, the start of an IIN, digits of a phone, or a part of the name. <c>sort</c> is
    /// <c>lastName</c> (default), <c>firstName</c> or <c>createdAt</c>; a leading <c>-</c> reverses it.
    /// </remarks>
    public static async Task<Ok<PagedList<VolunteerListItemDto>>> ListVolunteers(
        ISender sender,
        CancellationToken cancellationToken,
        [FromQuery] VolunteerStatus? status = null,
        [FromQuery] int? directionId = null,
        [FromQuery] string? district = null,
        [FromQuery] string? search = null,
        [FromQuery] string? sort = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListVolunteersQuery(status, directionId, district, search, sort, page, pageSize), cancellationToken));

    /// <summary>Get a volunteer's record (Coordinator, Admin, or the volunteer themself).</summary>
    /// <remarks>Anyone else gets 403: personal data is for staff and the person only.</remarks>
    public static async Task<Ok<VolunteerDto>> GetVolunteer(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetVolunteerQuery(id), cancellationToken));

    /// <summary>Change a volunteer's data; omitted fields stay as they are.</summary>
    /// <remarks>
    /// Staff change contact data, district, languages, directions and message preferences. The volunteer themself
    /// changes only their phone, e-mail and message preferences (other fields are a 403). The e-mail is also the sign-in name.
    /// </remarks>
    public static async Task<Ok<VolunteerDto>> UpdateVolunteer(Guid id, VolunteerChanges body, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateVolunteerCommand(
            id, body.Phone, body.Email, body.District, body.Languages, body.DirectionIds, body.MessageLanguage, body.NonEmergencyMessages, body.ShiftReminders), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetVolunteerQuery(id), cancellationToken));
    }

    /// <summary>Move a volunteer between Active, Reserve, Suspended and Retired, with a reason (Coordinator, Admin).</summary>
    /// <remarks>A trainee becomes Active only by passing the school; nobody returns to Trainee (409).</remarks>
    public static async Task<Ok<VolunteerDto>> ChangeVolunteerStatus(Guid id, StatusChange body, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ChangeVolunteerStatusCommand(id, body.Status, body.Reason), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetVolunteerQuery(id), cancellationToken));
    }

    /// <summary>Import the HQ's existing, already trained volunteers from CSV or JSON (Admin).</summary>
    /// <remarks>
    /// <c>text/csv</c>: UTF-8 (BOM allowed), <c>,</c> or <c>;</c> between cells, a header row with the columns
    /// lastName, firstName, middleName (optional), iin, dateOfBirth, phone, email, district, languages, directions,
    /// trainedOn in any order and case; lists inside a cell separated by <c>|</c> (<c>kk|ru</c>), directions as codes.
    /// <c>application/json</c>: an array of such objects with lists as arrays. Valid rows become Active volunteers with
    /// the school passed on <c>trainedOn</c>; duplicates (IIN or e-mail, registered or earlier in the file) are skipped;
    /// invalid rows are listed in <c>errors</c> by row (data rows from 1) and field. Up to 10 MiB.
    /// </remarks>
    public static async Task<Ok<VolunteerImportResultDto>> ImportVolunteers(
        HttpRequest request, ISender sender, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        var rows = await ReadImportRowsAsync(request, json.Value.SerializerOptions, cancellationToken);
        return TypedResults.Ok(await sender.Send(new ImportVolunteersCommand(rows), cancellationToken));
    }

    /// <summary>Invite a volunteer to set a password and sign in with their e-mail (Coordinator, Admin).</summary>
    /// <remarks>
    /// Opens the volunteer's account on first use. The token is shown only here and e-mailed to the volunteer in their
    /// message language; it works once at <c>POST /auth/accept-invitation</c> and expires after 7 days.
    /// </remarks>
    public static async Task<Created<VolunteerInvitationDto>> InviteVolunteer(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created($"{ApiRoutes.Base}/volunteers/{id}", await sender.Send(new InviteVolunteerCommand(id), cancellationToken));

    /// <summary>Erase a volunteer's personal data for good (Admin).</summary>
    /// <remarks>
    /// Irreversible. The record stays (as Retired, named "—") so hours and statistics add up; their applications are
    /// erased too and their account is deactivated.
    /// </remarks>
    public static async Task<NoContent> AnonymizeVolunteer(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new AnonymizeVolunteerCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IReadOnlyList<VolunteerImportRow?>> ReadImportRowsAsync(
        HttpRequest request, JsonSerializerOptions jsonOptions, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            try
            {
                var rows = await request.ReadFromJsonAsync<List<ImportRow?>>(jsonOptions, cancellationToken)
                           ?? throw new BadHttpRequestException("The body is empty.", StatusCodes.Status400BadRequest);
                return [.. rows.Select(row => row?.ToRow())];
            }
            catch (JsonException malformed)
            {
                throw new BadHttpRequestException("The body is not a JSON array of rows.", StatusCodes.Status400BadRequest, malformed);
            }
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return await VolunteerCsv.ReadAsync(request.Body, cancellationToken);
        }

        throw new BadHttpRequestException("Send the rows as text/csv or application/json.", StatusCodes.Status415UnsupportedMediaType);
    }
}

/// <summary>Changes to a volunteer; omitted (null) fields stay as they are.</summary>
/// <param name="Phone" example="8 701 765 43 21">Kazakh mobile number in any usual spelling.</param>
/// <param name="Email" example="new.address@example.kz">E-mail; also the sign-in name.</param>
/// <param name="District" example="Nura">District code (staff only).</param>
/// <param name="Languages">kk, ru and/or en (staff only).</param>
/// <param name="DirectionIds">One to three active directions (staff only).</param>
/// <param name="MessageLanguage" example="kk">The language of messages: kk, ru or en.</param>
/// <param name="NonEmergencyMessages" example="false">Whether to receive non-emergency messages; call-ups are always sent.</param>
/// <param name="ShiftReminders" example="true">Whether to get reminders before shifts (only while non-emergency messages are on).</param>
[ValidatedAs(typeof(UpdateVolunteerCommand))]
public sealed record VolunteerChanges(
    string? Phone,
    string? Email,
    string? District,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<int>? DirectionIds,
    string? MessageLanguage,
    bool? NonEmergencyMessages,
    bool? ShiftReminders);

/// <summary>A staff decision on a volunteer's status.</summary>
/// <param name="Status" example="Reserve">Active, Reserve, Suspended or Retired.</param>
/// <param name="Reason" example="Moved to another city for studies.">Why; required.</param>
[ValidatedAs(typeof(ChangeVolunteerStatusCommand))]
public sealed record StatusChange(VolunteerStatus? Status, string? Reason);

/// <summary>One of the HQ's existing, already trained volunteers (a JSON item, or a CSV row with these column names).</summary>
/// <param name="LastName" example="Нұрланова">Last name.</param>
/// <param name="FirstName" example="Әсел">First name.</param>
/// <param name="MiddleName" example="Маратқызы">Middle name (patronymic), optional.</param>
/// <param name="Iin" example="900515300018">The 12-digit IIN (format the CSV column as text so that leading zeros stay).</param>
/// <param name="DateOfBirth" example="1990-05-15">YYYY-MM-DD (DD.MM.YYYY is accepted too); must match the IIN.</param>
/// <param name="Phone" example="8 747 111 22 33">Kazakh mobile number in any usual spelling.</param>
/// <param name="Email" example="asel@example.kz">E-mail; later the sign-in name.</param>
/// <param name="District" example="Nura">District code from <c>GET /districts</c>.</param>
/// <param name="Languages">kk, ru and/or en (in CSV: <c>kk|ru</c>).</param>
/// <param name="Directions">One to three direction codes (in CSV: <c>social|events</c>).</param>
/// <param name="TrainedOn" example="2019-05-20">When the volunteer passed the school.</param>
[ValidatedAs(typeof(VolunteerImportRow))]
public sealed record ImportRow(
    string? LastName,
    string? FirstName,
    string? MiddleName,
    string? Iin,
    string? DateOfBirth,
    string? Phone,
    string? Email,
    string? District,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Directions,
    string? TrainedOn)
{
    public VolunteerImportRow ToRow() => new(LastName, FirstName, MiddleName, Iin, DateOfBirth, Phone, Email, District, Languages, Directions, TrainedOn);
}
