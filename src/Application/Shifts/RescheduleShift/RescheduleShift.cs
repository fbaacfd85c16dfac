using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.RescheduleShift;

/// <summary>
/// Staff move a shift that has not started to a new time or place, within its campaign's dates; the seats and the
/// waitlist stay, and what follows the shift's time (reminders, calendars) follows the move.
/// </summary>
public sealed record RescheduleShiftCommand(Guid ShiftId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location) : ICommand<ShiftDto>;

public sealed class RescheduleShiftCommandValidator : AbstractValidator<RescheduleShiftCommand>
{
    public RescheduleShiftCommandValidator(IApplicationDbContext db, IHqCalendar calendar)
    {
        RuleFor(x => x.StartsAt).NotEmpty();
        RuleFor(x => x.EndsAt).NotEmpty()
            .GreaterThan(x => x.StartsAt).WithMessage(_ => ValidationMessages.Get(MessageKeys.TimeAfterStart));
        RuleFor(x => x.Location).RequiredText(Shift.LocationMaxLength);
        RuleFor(x => x).CustomAsync(async (command, context, cancellationToken) =>
        {
            var campaign = await db.Shifts.AsNoTracking()
                .Where(s => s.Id == command.ShiftId)
                .Join(db.Campaigns.AsNoTracking(), s => s.CampaignId, c => c.Id, (_, c) => c)
                .SingleOrDefaultAsync(cancellationToken);
            if (campaign is not null)
            {
                ShiftTimes.AddFailureWhenOutside(campaign, command.StartsAt, command.EndsAt, calendar, context);
            }
        });
    }
}

public sealed class RescheduleShiftCommandHandler(IApplicationDbContext db, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<RescheduleShiftCommand, ShiftDto>
{
    public async ValueTask<ShiftDto> Handle(RescheduleShiftCommand command, CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.SingleOrDefaultAsync(s => s.Id == command.ShiftId, cancellationToken)
                    ?? throw new NotFoundException(nameof(Shift), command.ShiftId);
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == shift.CampaignId, cancellationToken);
        campaign.RescheduleShift(shift, command.StartsAt, command.EndsAt, command.Location!, calendar.TimeZone, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return shift.ToDto();
    }
}
