using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.CreateShift;

/// <summary>Add a shift to a campaign that is not completed or cancelled, within the campaign's dates (HQ time).</summary>
public sealed record CreateShiftCommand(Guid CampaignId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, string? Location)
    : ICommand<ShiftDto>;

public sealed class CreateShiftCommandValidator : AbstractValidator<CreateShiftCommand>
{
    public CreateShiftCommandValidator(IApplicationDbContext db, IHqCalendar calendar)
    {
        RuleFor(x => x.StartsAt).NotEmpty();
        RuleFor(x => x.EndsAt).NotEmpty()
            .GreaterThan(x => x.StartsAt).WithMessage(_ => ValidationMessages.Get(MessageKeys.TimeAfterStart));
        RuleFor(x => x.Capacity).InclusiveBetween(1, Shift.MaxCapacity).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.Location).RequiredText(Shift.LocationMaxLength);
        RuleFor(x => x).CustomAsync(async (command, context, cancellationToken) =>
        {
            if (command.EndsAt <= command.StartsAt)
            {
                return;
            }

            var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken);
            if (campaign is not null)
            {
                ShiftTimes.AddFailureWhenOutside(campaign, command.StartsAt, command.EndsAt, calendar, context);
            }
        });
    }
}

public sealed class CreateShiftCommandHandler(IApplicationDbContext db, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<CreateShiftCommand, ShiftDto>
{
    public async ValueTask<ShiftDto> Handle(CreateShiftCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
                       ?? throw new NotFoundException(nameof(Campaign), command.CampaignId);
        var shift = campaign.PlanShift(command.StartsAt, command.EndsAt, command.Capacity, command.Location!, calendar.TimeZone, clock.GetUtcNow());
        db.Shifts.Add(shift);
        await db.SaveChangesAsync(cancellationToken);
        return shift.ToDto();
    }
}
