using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Applications.ApproveApplication;

/// <summary>Approve an application: the applicant becomes a trainee volunteer in the school's first stage.</summary>
public sealed record ApproveApplicationCommand(Guid Id) : ICommand<ApplicationApprovedDto>;

/// <summary>The volunteer the approval created.</summary>
public sealed record ApplicationApprovedDto(Guid VolunteerId);

public sealed class ApproveApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveApplicationCommand, ApplicationApprovedDto>
{
    public async ValueTask<ApplicationApprovedDto> Handle(ApproveApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
                          ?? throw new NotFoundException("Application", command.Id);
        if (application.Status == ApplicationStatus.Submitted
            && await db.Volunteers.AnyAsync(v => v.Iin == application.Iin || v.Email == application.Email, cancellationToken))
        {
            // Registered meanwhile, e.g. by the import of the HQ's existing volunteers.
            throw new DomainRuleViolationException("volunteer-already-registered", "A volunteer with this IIN or e-mail is already registered.");
        }

        var volunteer = application.Approve(user.AccountId ?? throw new ForbiddenException(), clock.GetUtcNow());
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        return new ApplicationApprovedDto(volunteer.Id);
    }
}
