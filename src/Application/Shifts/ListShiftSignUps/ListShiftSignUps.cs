using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.ListShiftSignUps;

/// <summary>
/// Who is on a shift (staff): seated volunteers, then the waitlist in order, then cancellations and no-shows; only those
/// of one <paramref name="Status"/> when given (as the query string gives it, so that an unknown one is a field error; empty is no filter).
/// </summary>
public sealed record ListShiftSignUpsQuery(Guid ShiftId, string? Status = null) : IQuery<IReadOnlyList<ShiftSignUpDto>>
{
    public SignUpStatus? StatusFilter => ParseStatus(Status);

    /// <summary>A status by its name (case ignored; no numbers), or null when absent or unknown (the validator tells which).</summary>
    public static SignUpStatus? ParseStatus(string? text) =>
        Enum.GetNames<SignUpStatus>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<SignUpStatus>(name)
            : null;
}

public sealed class ListShiftSignUpsQueryValidator : AbstractValidator<ListShiftSignUpsQuery>
{
    public ListShiftSignUpsQueryValidator() =>
        RuleFor(x => x.Status).Must(text => ListShiftSignUpsQuery.ParseStatus(text) is not null).When(x => !string.IsNullOrEmpty(x.Status))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.SignUpStatusUnknown));
}

/// <summary>A sign-up as staff see it, with the volunteer's name.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="FullName">Last, first and middle name.</param>
/// <param name="Status">Confirmed, Waitlisted, Cancelled or NoShow.</param>
/// <param name="Position">Place in the waitlist, while waitlisted.</param>
/// <param name="SignedUpAt">When the volunteer signed up.</param>
/// <param name="CheckedInAt">Arrival.</param>
/// <param name="CheckedOutAt">Departure.</param>
/// <param name="Hours">Check-out minus check-in, in hours.</param>
/// <param name="Answer">What the volunteer answered from their reminder's link: Coming, NotComing, or null.</param>
public sealed record ShiftSignUpDto(
    Guid VolunteerId,
    string FullName,
    SignUpStatus Status,
    int? Position,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    double? Hours,
    AttendanceAnswer? Answer);

public sealed class ListShiftSignUpsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListShiftSignUpsQuery, IReadOnlyList<ShiftSignUpDto>>
{
    public async ValueTask<IReadOnlyList<ShiftSignUpDto>> Handle(ListShiftSignUpsQuery query, CancellationToken cancellationToken)
    {
        var (shift, _) = await ShiftRoster.FindVisibleAsync(db, user, query.ShiftId, cancellationToken);
        var signUps = db.SignUps.AsNoTracking().Where(s => s.ShiftId == shift.Id);
        if (query.StatusFilter is { } status)
        {
            signUps = signUps.Where(s => s.Status == status);
        }

        var rows = await signUps
            .Join(db.Volunteers.AsNoTracking(), s => s.VolunteerId, v => v.Id, (s, v) => new
            {
                SignUp = s,
                v.LastName,
                v.FirstName,
                v.MiddleName,
            })
            .OrderBy(r => r.SignUp.Ticket)
            .ToListAsync(cancellationToken);

        var waitlistPosition = 0;
        return
        [
            .. rows
                .Select(r => new ShiftSignUpDto(
                    r.SignUp.VolunteerId,
                    FullName(r.LastName, r.FirstName, r.MiddleName),
                    r.SignUp.Status,
                    r.SignUp.Status == SignUpStatus.Waitlisted ? ++waitlistPosition : null,
                    r.SignUp.SignedUpAt,
                    r.SignUp.CheckedInAt,
                    r.SignUp.CheckedOutAt,
                    WorkedHours.FromMinutes(r.SignUp.WorkedMinutes),
                    r.SignUp.Answer))
                .OrderBy(r => r.Status)
                .ThenBy(r => r.Position),
        ];
    }

    private static string FullName(string lastName, string firstName, string? middleName) =>
        string.Join(' ', new[] { lastName, firstName, middleName }.Where(n => !string.IsNullOrWhiteSpace(n)));
}
