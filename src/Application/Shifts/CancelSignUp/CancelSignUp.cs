using Mediator;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.CancelSignUp;

/// <summary>
/// Cancel a volunteer's sign-up (the volunteer themself, or staff). A freed seat goes to the first volunteer on the
/// waitlist at once.
/// </summary>
public sealed record CancelSignUpCommand(Guid ShiftId, Guid VolunteerId) : ICommand;

public sealed class CancelSignUpCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IShiftSeats seats, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CancelSignUpCommand>
{
    public async ValueTask<Unit> Handle(CancelSignUpCommand command, CancellationToken cancellationToken)
    {
        user.EnsureMayActFor(command.VolunteerId);
        var (shift, campaign) = await ShiftRoster.FindVisibleAsync(db, user, command.ShiftId, cancellationToken);
        campaign.EnsureOpen();

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        await seats.LockRosterAsync(shift.Id, cancellationToken);
        var signUp = await ShiftRoster.FindActiveSignUpAsync(db, shift.Id, command.VolunteerId, cancellationToken);
        var now = clock.GetUtcNow();
        var hadSeat = signUp.Status == SignUpStatus.Confirmed;
        signUp.Cancel(now);

        await SeatRelease.AfterCancellationAsync(db, seats, signUp, hadSeat, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
