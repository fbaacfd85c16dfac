using FluentValidation;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts;

/// <summary>A volunteer's own check-in or check-out with the shift's check-in code.</summary>
public interface ISelfAttendanceCommand
{
    Guid ShiftId { get; }
    Guid VolunteerId { get; }
    string? Code { get; }
}

public abstract class SelfAttendanceCommandValidator<T> : AbstractValidator<T>
    where T : ISelfAttendanceCommand
{
    protected SelfAttendanceCommandValidator() =>
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired))
            .Must(CheckInCode.IsWellFormed).WithMessage(_ => ValidationMessages.Get(MessageKeys.CheckInCodeNotSixDigits));
}

/// <summary>The checks a volunteer's own check-in and check-out share, in the order the contract gives them.</summary>
internal static class SelfAttendance
{
    public const string TriesExceededRule = "check-in-code-tries-exceeded";

    /// <summary>
    /// The volunteer's own confirmed sign-up (tracked), once the shift's code was given right: the volunteer themself
    /// only (staff use the staff routes), inside the code's window (checked first, so that tries outside it are not
    /// counted), then at most <see cref="CheckInCode.MaxWrongTries"/> wrong codes per sign-up within
    /// <see cref="CheckInCode.WrongTriesWindow"/> (429), then the code itself.
    /// </summary>
    public static async Task<SignUp> FindWithRightCodeAsync(
        IApplicationDbContext db, ICurrentUser user, ICheckInCodes codes, ISelfAttendanceCommand command, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!user.IsVolunteer(command.VolunteerId))
        {
            throw new ForbiddenException("A volunteer checks only themself in and out with the code; staff use the staff check-in and check-out.");
        }

        var (shift, campaign) = await ShiftRoster.FindVisibleAsync(db, user, command.ShiftId, cancellationToken);
        var signUp = await ShiftRoster.FindActiveSignUpAsync(db, shift.Id, command.VolunteerId, cancellationToken);
        campaign.EnsureAttendanceCanBeRecorded();
        shift.EnsureSelfCheckInOpen(now);
        signUp.EnsureConfirmed();

        if (await codes.TryCountTryAsync(signUp.Id, now, cancellationToken) is { } nextTry)
        {
            throw new TooManyTriesException(TriesExceededRule,
                $"{CheckInCode.MaxWrongTries} wrong check-in codes within {CheckInCode.WrongTriesWindow.TotalMinutes:0} minutes; try again after Retry-After seconds.",
                nextTry - now);
        }

        shift.EnsureCheckInCode(command.Code!);
        await codes.ForgetTriesAsync(signUp.Id, cancellationToken);
        return signUp;
    }
}
