using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Certificates;

namespace Volunteers.Application.Certificates.RevokeCertificate;

/// <summary>Staff withdraw a certificate (recording who and when); its verification then says <c>valid: false</c>.</summary>
public sealed record RevokeCertificateCommand(string Code) : ICommand<CertificateDto>;

public sealed class RevokeCertificateCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RevokeCertificateCommand, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(RevokeCertificateCommand command, CancellationToken cancellationToken)
    {
        // Found through the same lookup as the public page, so an erased volunteer's code is as unknown here as there.
        var record = await CertificateRecords.FindAsync(db, command.Code, cancellationToken);
        var certificate = await db.HoursCertificates.SingleOrDefaultAsync(c => c.Id == record.Certificate.Id, cancellationToken)
                          ?? throw new NotFoundException("No certificate has this code.");
        certificate.Revoke(user.AccountId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (record with { Certificate = certificate }).ToDto();
    }
}
