namespace Volunteers.Application.Certificates;

/// <summary>Lays out an hours certificate as a PDF document (A4, in its language, with a QR image of its verification link).</summary>
public interface ICertificatePdf
{
    byte[] Render(CertificateDocument document);
}

/// <summary>What the PDF shows.</summary>
/// <param name="Language">kk, ru or en: the language of every label.</param>
/// <param name="FullName">The holder's full name (last, first, middle), as in the registry.</param>
/// <param name="From">The period's first HQ date.</param>
/// <param name="To">The period's last HQ date.</param>
/// <param name="Campaigns">Hours per campaign, the title in the certificate's language.</param>
/// <param name="TotalHours">All of them.</param>
/// <param name="IssuedOn">The HQ date of issue.</param>
/// <param name="Code">The verification code.</param>
/// <param name="VerifyUrl">The public verification page, encoded in the QR image.</param>
/// <param name="Valid">False once revoked: the document then says so.</param>
public sealed record CertificateDocument(
    string Language,
    string FullName,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CertificateDocumentLine> Campaigns,
    double TotalHours,
    DateOnly IssuedOn,
    string Code,
    Uri VerifyUrl,
    bool Valid);

/// <summary>One campaign's hours on the certificate.</summary>
public sealed record CertificateDocumentLine(string Title, double Hours);
