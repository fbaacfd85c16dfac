using FluentValidation;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Shifts;

/// <summary>A check-in or check-out: <see cref="At"/> defaults to now and is never in the future.</summary>
public interface IAttendanceCommand
{
    Guid ShiftId { get; }
    Guid VolunteerId { get; }
    DateTimeOffset? At { get; }
}

public abstract class AttendanceCommandValidator<T> : AbstractValidator<T>
    where T : IAttendanceCommand
{
    protected AttendanceCommandValidator(TimeProvider clock) =>
        RuleFor(x => x.At).Must(at => at is null || at <= clock.GetUtcNow())
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.TimeInFuture));
}
