using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Attendance.AnswerAttendance;

/// <summary>
/// The volunteer answers from their attendance link (anonymous: the token is the credential). Coming is recorded (again:
/// the same answer); NotComing cancels the sign-up exactly as their own cancellation does — the seat goes at once to the
/// first on the waitlist, who is mailed their own link. After a cancellation every answer is a 409 <c>signup-cancelled</c>.
/// </summary>
public sealed record AnswerAttendanceCommand(string Token, AttendanceAnswer? Answer) : ICommand<AttendanceDto>;

public sealed class AnswerAttendanceCommandValidator : AbstractValidator<AnswerAttendanceCommand>
{
    public AnswerAttendanceCommandValidator() =>
        RuleFor(x => x.Answer).NotNull().IsInEnum().WithMessage(_ => ValidationMessages.Get(MessageKeys.AttendanceAnswerInvalid));
}

public sealed class AnswerAttendanceCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IShiftSeats seats, ISecretGenerator secrets, TimeProvider clock)
    : ICommandHandler<AnswerAttendanceCommand, AttendanceDto>
{
    public async ValueTask<AttendanceDto> Handle(AnswerAttendanceCommand command, CancellationToken cancellationToken)
    {
        var answer = command.Answer!.Value;
        var (found, _, campaign) = await AttendanceLinks.FindLiveAsync(db, secrets, command.Token, clock.GetUtcNow(), cancellationToken);
        if (answer == AttendanceAnswer.NotComing && found.Status != SignUpStatus.Cancelled)
        {
            campaign.EnsureOpen();
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        await seats.LockRosterAsync(found.ShiftId, cancellationToken);
        unitOfWork.ForgetChanges(); // read the sign-up again under the roster lock: a cancellation may have won the race
        var (signUp, shift, _) = await AttendanceLinks.FindLiveAsync(db, secrets, command.Token, clock.GetUtcNow(), cancellationToken);
        var now = clock.GetUtcNow();
        var hadSeat = signUp.Status == SignUpStatus.Confirmed;
        signUp.RecordAnswer(answer, now);
        if (answer == AttendanceAnswer.NotComing)
        {
            await SeatRelease.AfterCancellationAsync(db, seats, signUp, hadSeat, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var firstName = await db.Volunteers.AsNoTracking().Where(v => v.Id == signUp.VolunteerId).Select(v => v.FirstName).SingleAsync(cancellationToken);
        return AttendanceLinks.ToDto(signUp, shift, campaign, firstName);
    }
}
