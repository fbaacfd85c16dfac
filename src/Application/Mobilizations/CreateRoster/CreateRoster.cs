using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Common;
using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations.CreateRoster;

/// <summary>Draw a day's roster of a mobilisation and queue an e-mail to everyone on it.</summary>
/// <param name="MobilizationId">The mobilisation.</param>
/// <param name="Date">The HQ day, inside the mobilisation's period.</param>
public sealed record CreateRosterCommand(Guid MobilizationId, DateOnly Date) : ICommand<RosterDto>;

public sealed class CreateRosterCommandValidator : AbstractValidator<CreateRosterCommand>
{
    public CreateRosterCommandValidator() =>
        RuleFor(x => x.Date).NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired));
}

public sealed class CreateRosterCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRosterWriter rosters, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<CreateRosterCommand, RosterDto>
{
    private const int MaxAttempts = 3;

    public async ValueTask<RosterDto> Handle(CreateRosterCommand command, CancellationToken cancellationToken)
    {
        var mobilization = await db.Mobilizations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == command.MobilizationId, cancellationToken)
                           ?? throw new NotFoundException("Mobilization", command.MobilizationId);
        mobilization.EnsureRosterCanBeDrawnFor(command.Date);

        for (var attempt = 1; ; attempt++)
        {
            if (await db.Rosters.AnyAsync(r => r.MobilizationId == mobilization.Id && r.Date == command.Date, cancellationToken))
            {
                throw new DomainRuleViolationException("roster-already-exists", $"The mobilisation already has a roster for {command.Date:yyyy-MM-dd}.");
            }

            var ranked = await RosterSelection.RankAsync(db, calendar, mobilization, command.Date, cancellationToken);
            var now = clock.GetUtcNow();
            var roster = Roster.Draw(mobilization, command.Date, ranked, now);
            var notifications = roster.Entries.Select(e => OutboxMail.Now(
                    e.Slot == RosterSlot.Active ? MailKind.MobilizationActivePlace : MailKind.MobilizationReservePlace, e.VolunteerId, e.RosterId, now))
                .ToList();
            try
            {
                await rosters.AddAsync(roster, notifications, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another roster took the day (the check above re-tells it) or some of these volunteers for the day
                // (the unique index on volunteer and day refused them): forget this draw and draw again from who is left.
                unitOfWork.ForgetChanges();
                continue;
            }

            return RosterViews.ToDto(roster, [.. roster.Entries.Select(e => e.ToRow())]);
        }
    }
}
