using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Shifts.SignUpForShift;

/// <summary>
/// Sign a volunteer up for a shift: a seat if one is free, otherwise the end of the FIFO waitlist. A volunteer signs
/// up only themself; staff sign up anyone.
/// </summary>
public sealed record SignUpForShiftCommand(Guid ShiftId, Guid VolunteerId) : ICommand<SignUpDto>;

public sealed class SignUpForShiftCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IShiftSeats seats, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SignUpForShiftCommand, SignUpDto>
{
    public async ValueTask<SignUpDto> Handle(SignUpForShiftCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayActFor(command.VolunteerId);
        var (shift, campaign) = await ShiftRoster.FindVisibleAsync(db, user, command.ShiftId, cancellationToken);
        var volunteer = await ShiftRoster.FindVolunteerAsync(db, command.VolunteerId, cancellationToken);
        SignUp.EnsureAllowed(campaign, shift, volunteer);

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        await seats.LockVolunteerAsync(volunteer.Id, cancellationToken);
        await EnsureFreeAsync(shift, volunteer.Id, cancellationToken);

        var ticket = await seats.LockRosterAsync(shift.Id, cancellationToken);
        var now = clock.GetUtcNow();
        SignUp signUp;
        int? position = null;
        if (await seats.TryTakeSeatAsync(shift.Id, cancellationToken))
        {
            signUp = SignUp.Confirmed(shift, volunteer.Id, ticket, now);
        }
        else
        {
            position = await seats.JoinWaitlistAsync(shift.Id, cancellationToken);
            signUp = SignUp.Waitlisted(shift, volunteer.Id, ticket, now);
        }

        db.SignUps.Add(signUp);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SignUpDto.From(signUp, position);
    }

    /// <summary>
    /// Not on this shift already (a no-show too: staff clear it by checking the volunteer in), and not on another shift
    /// at the same time (seated or waiting, <see cref="SignUp.HoldsTime"/>).
    /// </summary>
    private async Task EnsureFreeAsync(Shift shift, Guid volunteerId, CancellationToken cancellationToken)
    {
        var own = db.SignUps.Where(s => s.VolunteerId == volunteerId);
        if (await own.AnyAsync(s => s.ShiftId == shift.Id && s.Status != SignUpStatus.Cancelled, cancellationToken))
        {
            throw new DomainRuleViolationException("signup-duplicate", "The volunteer is already signed up for this shift.");
        }

        var overlapping = await own.Where(SignUp.HoldsTime)
            .Join(db.Shifts, s => s.ShiftId, s => s.Id, (_, other) => other)
            .AnyAsync(Shift.Overlapping(shift.StartsAt, shift.EndsAt), cancellationToken);
        if (overlapping)
        {
            throw new DomainRuleViolationException("signup-overlapping-shift", "The volunteer already holds a shift at the same time.");
        }
    }
}
