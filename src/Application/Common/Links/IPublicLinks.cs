namespace Volunteers.Application.Common.Links;

/// <summary>
/// The absolute addresses that leave the API in mails, calendars and certificates, under <c>Links:PublicBaseUrl</c>
/// (the public base under which <c>/api/v1</c> is reachable), so that a link works from a phone outside the HQ's network.
/// </summary>
public interface IPublicLinks
{
    /// <summary>Where a volunteer answers "coming" or "not coming" to a shift, without signing in.</summary>
    Uri Attendance(string token);

    /// <summary>A volunteer's private calendar feed.</summary>
    Uri CalendarFeed(string token);

    /// <summary>The public verification of an hours certificate.</summary>
    Uri CertificateVerification(string code);

    /// <summary>The certificate itself, as a PDF.</summary>
    Uri CertificatePdf(string code);
}
