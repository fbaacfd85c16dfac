using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations.RespondToRoster;

/// <summary>
/// A volunteer's answer to a day's roster: a volunteer answers for themself, staff for anyone. A declined active place
/// is filled at once by the first reserve volunteer still available, who is told by e-mail.
/// </summary>
public sealed record RespondToRosterCommand(Guid MobilizationId, DateOnly Date, Guid VolunteerId, RosterResponse Response) : ICommand<RosterEntryDto>;

public sealed class RespondToRosterCommandValidator : AbstractValidator<RespondToRosterCommand>
{
    public RespondToRosterCommandValidator()
    {
        RuleFor(x => x.VolunteerId).NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired));
        RuleFor(x => x.Response).IsInEnum();
    }
}

public sealed class RespondToRosterCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RespondToRosterCommand, RosterEntryDto>
{
    public async ValueTask<RosterEntryDto> Handle(RespondToRosterCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsStaff() && !user.IsVolunteer(command.VolunteerId))
        {
            throw new ForbiddenException("A volunteer answers only for themself.");
        }

        var mobilization = await db.Mobilizations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == command.MobilizationId, cancellationToken)
                           ?? throw new NotFoundException("Mobilization", command.MobilizationId);
        mobilization.EnsureNotEnded();

        return await RosterCallUps.RetryOnConflictAsync(unitOfWork, async () =>
        {
            var entry = await db.RosterEntries.SingleOrDefaultAsync(
                            e => e.MobilizationId == command.MobilizationId && e.Date == command.Date && e.VolunteerId == command.VolunteerId,
                            cancellationToken)
                        ?? throw new NotFoundException($"Volunteer '{command.VolunteerId}' is not on this mobilisation's roster for {command.Date:yyyy-MM-dd}.");
            var now = clock.GetUtcNow();
            if (entry.Respond(command.Response, now))
            {
                await RosterCallUps.FillFromReserveAsync(db, entry, mobilization, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return entry.ToDto();
        });
    }
}
