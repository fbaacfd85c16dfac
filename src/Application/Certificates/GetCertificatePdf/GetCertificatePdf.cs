using Mediator;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Links;
using Volunteers.Application.Common.Time;
using Volunteers.Application.Shifts;

namespace Volunteers.Application.Certificates.GetCertificatePdf;

/// <summary>The certificate as a PDF (anyone holding the code: it is what the volunteer hands to a school).</summary>
public sealed record GetCertificatePdfQuery(string Code) : IQuery<CertificatePdfFile>;

/// <summary>The PDF's bytes and the file name to save it under.</summary>
public sealed record CertificatePdfFile(byte[] Content, string FileName);

public sealed class GetCertificatePdfQueryHandler(IApplicationDbContext db, ICertificatePdf pdf, IPublicLinks links, IHqCalendar calendar)
    : IQueryHandler<GetCertificatePdfQuery, CertificatePdfFile>
{
    public async ValueTask<CertificatePdfFile> Handle(GetCertificatePdfQuery query, CancellationToken cancellationToken)
    {
        var record = await CertificateRecords.FindAsync(db, query.Code, cancellationToken);
        var certificate = record.Certificate;
        var document = new CertificateDocument(
            certificate.Language,
            record.FullName,
            certificate.From,
            certificate.To,
            [.. record.Campaigns.Select(c => new CertificateDocumentLine(c.Title.In(certificate.Language), WorkedHours.FromTotalMinutes(c.Minutes)))],
            WorkedHours.FromTotalMinutes(certificate.TotalMinutes),
            calendar.DateOf(certificate.IssuedAt),
            certificate.Code,
            links.CertificateVerification(certificate.Code),
            certificate.IsValid);
        return new CertificatePdfFile(pdf.Render(document), $"certificate-{certificate.Code}.pdf");
    }
}
