using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Certificates.GetCertificate;

/// <summary>The public verification of a certificate by its code (anyone; partners with <c>certificates:read</c>).</summary>
public sealed record GetCertificateQuery(string Code) : IQuery<CertificateDto>;

public sealed class GetCertificateQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCertificateQuery, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(GetCertificateQuery query, CancellationToken cancellationToken) =>
        (await CertificateRecords.FindAsync(db, query.Code, cancellationToken)).ToDto();
}
