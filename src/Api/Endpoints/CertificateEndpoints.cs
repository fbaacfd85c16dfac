using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Certificates;
using Volunteers.Application.Certificates.GetCertificate;
using Volunteers.Application.Certificates.GetCertificatePdf;
using Volunteers.Application.Certificates.IssueCertificate;
using Volunteers.Application.Certificates.RevokeCertificate;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class CertificateEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var verify = Policies.PublicOrScope(PartnerScopes.CertificatesRead);
        api.MapPost("/volunteers/{id:guid}/certificates", IssueCertificate).WithName("issueCertificate").WithTags("Certificates")
            .RequirePolicy(Policies.SignedIn).Idempotent().ProducesProblems(400, 404, 409);
        var certificates = api.MapGroup("/certificates").WithTags("Certificates");
        certificates.MapGet("/{code}", GetCertificate).WithName("getCertificate").RequirePolicy(verify).ProducesProblems(404);
        certificates.MapGet("/{code}/pdf", GetCertificatePdf).WithName("getCertificatePdf").RequirePolicy(verify)
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf").ProducesProblems(404);
        certificates.MapPost("/{code}/revoke", RevokeCertificate).WithName("revokeCertificate").RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
    }

    /// <summary>Issue an hours certificate for a period (the volunteer themself, or staff).</summary>
    /// <remarks>
    /// Counts the hours of checked-out shifts whose check-in fell on the HQ dates <c>from</c>..<c>to</c> (default the
    /// first day with a check-in to today), per campaign, and freezes them. <c>language</c> (kk, ru or en; default the
    /// volunteer's message language) is the PDF's. No hours in the period is a 409 <c>certificate-no-hours</c>. Partners
    /// with <c>certificates:read</c> hear of it as <c>certificate.issued</c>.
    /// </remarks>
    public static async Task<Created<IssuedCertificateDto>> IssueCertificate(Guid id, CertificateRequest? body, ISender sender, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssueCertificateCommand(id, body?.From, body?.To, body?.Language), cancellationToken);
        return TypedResults.Created(issued.VerifyUrl, issued);
    }

    /// <summary>Verify a certificate by its code (public; partners with <c>certificates:read</c>).</summary>
    /// <remarks>
    /// Shows only the holder's first name and last-name initial, the period, the hours and whether it is still valid
    /// (<c>valid: false</c> once revoked). An unknown code, or one whose volunteer's data was erased, is a 404. Case and
    /// spaces in the code do not matter.
    /// </remarks>
    public static async Task<Ok<CertificateDto>> GetCertificate(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCertificateQuery(code), cancellationToken));

    /// <summary>The certificate as a PDF (public; partners with <c>certificates:read</c>).</summary>
    /// <remarks>A4, in the certificate's language: the HQ, the holder's full name, the period, hours per campaign and in total, the issue date, the code and a QR code of its verification link.</remarks>
    public static async Task<FileContentHttpResult> GetCertificatePdf(string code, ISender sender, CancellationToken cancellationToken)
    {
        var pdf = await sender.Send(new GetCertificatePdfQuery(code), cancellationToken);
        return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
    }

    /// <summary>Revoke a certificate (Coordinator, Admin).</summary>
    /// <remarks>Who revoked it and when are recorded; its verification then says <c>valid: false</c>. Revoking twice is a 409.</remarks>
    public static async Task<Ok<CertificateDto>> RevokeCertificate(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RevokeCertificateCommand(code), cancellationToken));
}

/// <summary>What to certify; every field is optional.</summary>
/// <param name="From" example="2026-01-01">The period's first HQ date (YYYY-MM-DD); default the first day with a check-in.</param>
/// <param name="To" example="2026-06-30">The period's last HQ date (YYYY-MM-DD); default today.</param>
/// <param name="Language" example="kk">The certificate's language: kk, ru or en; default the volunteer's message language.</param>
[ValidatedAs(typeof(IssueCertificateCommand))]
public sealed record CertificateRequest(string? From, string? To, string? Language);
