using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Applications.RejectApplication;

/// <summary>Reject an application, saying why.</summary>
public sealed record RejectApplicationCommand(Guid Id, string? Reason) : ICommand<ApplicationDto>;

public sealed class RejectApplicationCommandValidator : AbstractValidator<RejectApplicationCommand>
{
    public const int ReasonMaxLength = 1000;

    public RejectApplicationCommandValidator() => RuleFor(x => x.Reason).RequiredText(ReasonMaxLength);
}

public sealed class RejectApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(RejectApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
                          ?? throw new NotFoundException("Application", command.Id);
        application.Reject(user.AccountId ?? throw new ForbiddenException(), command.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return application.ToDto();
    }
}
