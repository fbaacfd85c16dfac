using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Limits;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Applications.ApproveApplication;
using Volunteers.Application.Applications.GetApplication;
using Volunteers.Application.Applications.ListApplications;
using Volunteers.Application.Applications.RejectApplication;
using Volunteers.Application.Applications.SubmitApplication;
using Volunteers.Application.Applications;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Applications;

namespace Volunteers.Api.Endpoints;

internal static class ApplicationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapPost("/", SubmitApplication).WithName("submitApplication").Idempotent().RequireRateLimiting(PublicFormRateLimiting.Policy)
            .ProducesProblems(400, 409, 413, 415, 429);
        applications.MapGet("/", ListApplications).WithName("listApplications").RequirePolicy(Policies.Staff).ProducesProblems(400);
        applications.MapGet("/{id:guid}", GetApplication).WithName("getApplication").RequirePolicy(Policies.Staff).ProducesProblems(404);
        applications.MapPost("/{id:guid}/approve", ApproveApplication).WithName("approveApplication").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(404, 409);
        applications.MapPost("/{id:guid}/reject", RejectApplication).WithName("rejectApplication").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
    }

    /// <summary>Apply to become a volunteer (public form).</summary>
    /// <remarks>
    /// Every data rule gives a field-level 400: a valid IIN whose birth date is <c>dateOfBirth</c>, a Kazakh mobile phone,
    /// age 14 or more on the HQ's date (14–17 need a <c>guardian</c>), consent, a known district, one to three active
    /// directions. The same IIN or e-mail with a pending or approved application, or of a registered volunteer, is a 409.
    /// Limited per client address; send an <c>Idempotency-Key</c> to retry safely.
    /// </remarks>
    public static async Task<Created<ApplicationCreatedDto>> SubmitApplication(ApplicationForm form, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(form.ToCommand(), cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/applications/{created.Id}", created);
    }

    /// <summary>List applications for review, oldest first, optionally of one status (Coordinator, Admin).</summary>
    public static async Task<Ok<PagedList<ApplicationListItemDto>>> ListApplications(
        ISender sender, CancellationToken cancellationToken, [FromQuery] ApplicationStatus? status = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListApplicationsQuery(status, page, pageSize), cancellationToken));

    /// <summary>Get one application with the applicant's data and the decision (Coordinator, Admin).</summary>
    public static async Task<Ok<ApplicationDto>> GetApplication(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetApplicationQuery(id), cancellationToken));

    /// <summary>Approve an application: the applicant becomes a trainee volunteer (Coordinator, Admin).</summary>
    /// <remarks>A decided application cannot be decided again (409 <c>application-already-decided</c>).</remarks>
    public static async Task<Ok<ApplicationApprovedDto>> ApproveApplication(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ApproveApplicationCommand(id), cancellationToken));

    /// <summary>Reject an application with a reason (Coordinator, Admin).</summary>
    /// <remarks>A decided application cannot be decided again (409 <c>application-already-decided</c>).</remarks>
    public static async Task<Ok<ApplicationDto>> RejectApplication(Guid id, Rejection body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RejectApplicationCommand(id, body.Reason), cancellationToken));
}

/// <summary>The public application form.</summary>
/// <param name="FirstName" example="Айгерим">First name.</param>
/// <param name="LastName" example="Серикова">Last name.</param>
/// <param name="MiddleName" example="Болатқызы">Middle name (patronymic), optional.</param>
/// <param name="Iin" example="050615500015">The 12-digit IIN; its birth date must be <c>dateOfBirth</c>.</param>
/// <param name="DateOfBirth" example="2005-06-15">Date of birth, YYYY-MM-DD.</param>
/// <param name="Phone" example="+7 701 234 56 78">Kazakh mobile number in any usual spelling.</param>
/// <param name="Email" example="aigerim@example.kz">E-mail; later the sign-in name.</param>
/// <param name="District" example="Yesil">District code from <c>GET /districts</c>.</param>
/// <param name="Languages">Languages spoken: kk, ru, en.</param>
/// <param name="DirectionIds">One to three active directions from <c>GET /directions</c>.</param>
/// <param name="Motivation" example="Хочу помогать пожилым людям.">Why the applicant wants to volunteer, optional.</param>
/// <param name="PersonalDataConsent" example="true">Consent to the processing of personal data; must be true.</param>
/// <param name="Guardian">Required for applicants aged 14 to 17.</param>
[ValidatedAs(typeof(SubmitApplicationCommand))]
public sealed record ApplicationForm(
    string? FirstName,
    string? LastName,
    string? MiddleName,
    string? Iin,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    [property: Required] string? District, // checked against the database, so the document is told here
    IReadOnlyList<string>? Languages,
    [property: Required] IReadOnlyList<int>? DirectionIds,
    string? Motivation,
    bool? PersonalDataConsent,
    GuardianDetails? Guardian)
{
    public SubmitApplicationCommand ToCommand() => new(
        FirstName, LastName, MiddleName, Iin, DateOfBirth, Phone, Email, District, Languages, DirectionIds, Motivation,
        PersonalDataConsent, Guardian is null ? null : new GuardianForm(Guardian.FullName, Guardian.Phone));
}

/// <summary>The parent or guardian who consents for an applicant aged 14 to 17.</summary>
/// <param name="FullName" example="Серикова Динара Ахметовна">Full name.</param>
/// <param name="Phone" example="8 777 123 45 67">Kazakh mobile number.</param>
public sealed record GuardianDetails(string FullName, string Phone);

/// <summary>Why an application is rejected.</summary>
/// <param name="Reason" example="The applicant could not be reached by phone.">Required; shown to staff.</param>
[ValidatedAs(typeof(RejectApplicationCommand))]
public sealed record Rejection(string? Reason);
