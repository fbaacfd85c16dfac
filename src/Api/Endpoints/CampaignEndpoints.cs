using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Volunteers.Api.Caching;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Problems;
using Volunteers.Api.Security;
using Volunteers.Application.Campaigns.CancelCampaign;
using Volunteers.Application.Campaigns.CompleteCampaign;
using Volunteers.Application.Campaigns.CreateCampaign;
using Volunteers.Application.Campaigns.GetCampaign;
using Volunteers.Application.Campaigns.GetCampaignRoster;
using Volunteers.Application.Campaigns.ListCampaigns;
using Volunteers.Application.Campaigns.PublishCampaign;
using Volunteers.Application.Campaigns.StartCampaign;
using Volunteers.Application.Campaigns.UpdateCampaign;
using Volunteers.Application.Campaigns;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Shifts.CreateShift;
using Volunteers.Application.Shifts.ListCampaignShifts;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class CampaignEndpoints
{
    /// <summary>
    /// How long another API instance may show the public campaigns of before a change (the instance that made the change
    /// evicts its cache at once).
    /// </summary>
    private static readonly TimeSpan PublicCampaignsExpiry = TimeSpan.FromSeconds(30);

    public static void Map(RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        var campaignsRead = Policies.PublicOrScope(PartnerScopes.CampaignsRead);
        campaigns.MapGet("/", ListCampaigns).WithName("listCampaigns").RequirePolicy(campaignsRead).CachedPublicly(PublicReadTags.Campaigns, PublicCampaignsExpiry).ProducesProblems(400);
        campaigns.MapGet("/{id:guid}", GetCampaign).WithName("getCampaign").SendsETag().RequirePolicy(campaignsRead).CachedPublicly(PublicReadTags.Campaigns, PublicCampaignsExpiry).ProducesProblems(404);
        campaigns.MapPost("/", CreateCampaign).WithName("createCampaign").SendsETag().RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(400, 409);
        campaigns.MapPut("/{id:guid}", UpdateCampaign).WithName("updateCampaign").SendsETag().RequirePolicy(Policies.Staff)
            .ProducesProblems(400, 404, 409, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        campaigns.MapPost("/{id:guid}/publish", PublishCampaign).WithName("publishCampaign").SendsETag().RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
        campaigns.MapPost("/{id:guid}/start", StartCampaign).WithName("startCampaign").SendsETag().RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
        campaigns.MapPost("/{id:guid}/complete", CompleteCampaign).WithName("completeCampaign").SendsETag().RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
        campaigns.MapPost("/{id:guid}/cancel", CancelCampaign).WithName("cancelCampaign").SendsETag().RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
        campaigns.MapPost("/{id:guid}/shifts", CreateShift).WithName("createShift").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(400, 404, 409);
        campaigns.MapGet("/{id:guid}/shifts", ListCampaignShifts).WithName("listCampaignShifts").RequirePolicy(campaignsRead).ProducesProblems(404);
        campaigns.MapGet("/{id:guid}/roster.csv", GetCampaignRoster).WithName("getCampaignRoster").RequirePolicy(Policies.Staff)
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv").ProducesProblems(404);
    }

    /// <summary>List campaigns, latest start first (public: published, running and completed ones only).</summary>
    /// <remarks>
    /// <c>from</c>/<c>to</c> keep the campaigns whose dates overlap that range. Staff see drafts and cancelled campaigns too.
    /// The public answer is cached (a change shows at once) and has an <c>ETag</c>: send it in <c>If-None-Match</c> to get 304.
    /// </remarks>
    public static async Task<Ok<PagedList<CampaignDto>>> ListCampaigns(
        ISender sender,
        CancellationToken cancellationToken,
        [FromQuery] CampaignStatus? status = null,
        [FromQuery] int? directionId = null,
        [FromQuery] CampaignKind? kind = null,
        [FromQuery] DateOnly? from = null,
        [FromQuery] DateOnly? to = null,
        [FromQuery] string? district = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListCampaignsQuery(status, directionId, kind, from, to, district, page, pageSize), cancellationToken));

    /// <summary>Get one campaign, with its version in the <c>ETag</c> header (a draft or cancelled one is 404 except to staff).</summary>
    /// <remarks>
    /// Send the ETag back in <c>If-Match</c> when editing with <c>PUT</c>, or in <c>If-None-Match</c> to get 304 while it is
    /// unchanged. The public answer is cached; a change shows at once.
    /// </remarks>
    public static async Task<Ok<CampaignDto>> GetCampaign(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(new GetCampaignQuery(id), cancellationToken));

    /// <summary>Create a campaign as a draft (Coordinator, Admin).</summary>
    public static async Task<Created<CampaignDto>> CreateCampaign(
        CreateCampaignCommand command, HttpResponse response, ISender sender, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(command, cancellationToken);
        response.Headers.ETag = ETagOf(campaign);
        return TypedResults.Created($"{ApiRoutes.Base}/campaigns/{campaign.Id}", campaign);
    }

    /// <summary>Edit a campaign (Coordinator, Admin); <c>If-Match</c> with the ETag from <c>GET</c> is required.</summary>
    /// <remarks>
    /// A stale <c>If-Match</c> (someone saved in between) is 412, and a missing one 428: two coordinators editing at once
    /// never overwrite each other. Completed and cancelled campaigns are not edited (409), nor may the dates leave a shift outside.
    /// </remarks>
    /// <param name="id">The campaign.</param>
    /// <param name="body">All its editable fields.</param>
    /// <param name="ifMatch" example="&quot;3&quot;">The ETag of the version being edited, as <c>GET</c> sent it.</param>
    /// <param name="response">Gets the new ETag.</param>
    /// <param name="sender">Mediator.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    public static async Task<Results<Ok<CampaignDto>, ProblemHttpResult>> UpdateCampaign(
        Guid id, CampaignChanges body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, ISender sender, CancellationToken cancellationToken)
    {
        if (ifMatch is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                type: ProblemTypes.For("if-match-required"),
                title: "Precondition required",
                detail: "Send the campaign's ETag (from GET) in If-Match, so that an edit never overwrites someone else's.");
        }

        var command = new UpdateCampaignCommand(id, ExpectedVersion(ifMatch), body.Title, body.Description, body.DirectionId,
            body.Kind, body.District, body.Location, body.StartsOn, body.EndsOn);
        return WithETag(response, await sender.Send(command, cancellationToken));
    }

    /// <summary>Publish a draft campaign (Coordinator, Admin): it becomes public and open for sign-ups.</summary>
    public static async Task<Ok<CampaignDto>> PublishCampaign(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(new PublishCampaignCommand(id), cancellationToken));

    /// <summary>Start a published campaign (Coordinator, Admin).</summary>
    public static async Task<Ok<CampaignDto>> StartCampaign(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(new StartCampaignCommand(id), cancellationToken));

    /// <summary>Complete a running campaign (Coordinator, Admin).</summary>
    public static async Task<Ok<CampaignDto>> CompleteCampaign(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(new CompleteCampaignCommand(id), cancellationToken));

    /// <summary>Cancel a campaign that is not completed (Coordinator, Admin).</summary>
    public static async Task<Ok<CampaignDto>> CancelCampaign(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(new CancelCampaignCommand(id), cancellationToken));

    /// <summary>Add a shift to a campaign (Coordinator, Admin): start, end, capacity and place, within the campaign's dates.</summary>
    /// <remarks>The campaign's dates are calendar days in the HQ's time zone; a completed or cancelled campaign gets no new shifts (409).</remarks>
    public static async Task<Created<ShiftDto>> CreateShift(Guid id, ShiftPlan body, ISender sender, CancellationToken cancellationToken)
    {
        var shift = await sender.Send(new CreateShiftCommand(id, body.StartsAt, body.EndsAt, body.Capacity, body.Location), cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/shifts/{shift.Id}", shift);
    }

    /// <summary>List a campaign's shifts in time order, with confirmed and waitlisted counts (visible like the campaign).</summary>
    public static async Task<Ok<IReadOnlyList<ShiftDto>>> ListCampaignShifts(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListCampaignShiftsQuery(id), cancellationToken));

    /// <summary>Download the campaign's roster as CSV (Coordinator, Admin): one row per sign-up with shift, volunteer, phone, status and hours.</summary>
    /// <remarks>UTF-8 with a byte-order mark so that Excel shows Cyrillic and Kazakh letters right; times are HQ local time.</remarks>
    public static async Task<FileContentHttpResult> GetCampaignRoster(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var roster = await sender.Send(new GetCampaignRosterQuery(id), cancellationToken);
        return TypedResults.File(roster.Content, "text/csv; charset=utf-8", roster.FileName);
    }

    private static Ok<CampaignDto> WithETag(HttpResponse response, CampaignDto campaign)
    {
        response.Headers.ETag = ETagOf(campaign);
        return TypedResults.Ok(campaign);
    }

    private static string ETagOf(CampaignDto campaign) => $"\"{campaign.Version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version named by <c>If-Match: "7"</c>; anything else matches no version, so the edit is refused with 412.</summary>
    private static int ExpectedVersion(string ifMatch) =>
        EntityTagHeaderValue.TryParseStrictList([ifMatch], out var tags)
        && tags.Count == 1
        && !tags[0].IsWeak
        && int.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
}

/// <summary>A campaign's editable fields (all of them: PUT replaces).</summary>
/// <param name="Title">Title in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
/// <param name="DirectionId">The direction; a change must be to an active one.</param>
/// <param name="Kind">Regular, Emergency, DisasterRelief or Event.</param>
/// <param name="District">Optional district code.</param>
/// <param name="Location">Optional place.</param>
/// <param name="StartsOn" example="2026-03-10">First day, HQ calendar.</param>
/// <param name="EndsOn" example="2026-03-20">Last day, HQ calendar.</param>
[ValidatedAs(typeof(UpdateCampaignCommand))]
public sealed record CampaignChanges(
    LocalizedTextDto Title,
    LocalizedTextDto Description,
    int DirectionId,
    CampaignKind? Kind,
    string? District,
    string? Location,
    DateOnly StartsOn,
    DateOnly EndsOn);

/// <summary>A shift to add.</summary>
/// <param name="StartsAt" example="2026-03-12T09:00:00+05:00">Start, with offset.</param>
/// <param name="EndsAt" example="2026-03-12T13:00:00+05:00">End, after the start.</param>
/// <param name="Capacity" example="10">Seats, at least 1.</param>
/// <param name="Location">Where to meet.</param>
[ValidatedAs(typeof(CreateShiftCommand))]
public sealed record ShiftPlan(DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, string? Location);
