using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Applications.SubmitApplication;

/// <summary>Apply to become a volunteer through the public form.</summary>
public sealed record SubmitApplicationCommand(
    string? FirstName,
    string? LastName,
    string? MiddleName,
    string? Iin,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    string? District,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<int>? DirectionIds,
    string? Motivation,
    bool? PersonalDataConsent,
    GuardianForm? Guardian) : ICommand<ApplicationCreatedDto>;

/// <summary>The guardian of an applicant aged 14 to 17.</summary>
public sealed record GuardianForm(string? FullName, string? Phone);

/// <summary>What the applicant gets back: the application's id and its status.</summary>
public sealed record ApplicationCreatedDto(Guid Id, ApplicationStatus Status);

public sealed class SubmitApplicationCommandValidator : AbstractValidator<SubmitApplicationCommand>
{
    public const int NameMaxLength = 100;
    public const int MotivationMaxLength = 2000;

    public SubmitApplicationCommandValidator(IApplicationDbContext db, IHqCalendar calendar)
    {
        RuleFor(x => x.FirstName).RequiredText(NameMaxLength);
        RuleFor(x => x.LastName).RequiredText(NameMaxLength);
        RuleFor(x => x.MiddleName).OptionalText(NameMaxLength);
        RuleFor(x => x.Iin).ValidIinBornOn(form => form.DateOfBirth);
        RuleFor(x => x.DateOfBirth).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired))
            .NotInFuture(() => calendar.Today)
            .Must(birthDate => Age.On(birthDate!.Value, calendar.Today) >= Age.Minimum).WithMessage(_ => ValidationMessages.Get(MessageKeys.AgeTooYoung));
        When(x => x.DateOfBirth is { } birthDate && Age.On(birthDate, calendar.Today) is >= Age.Minimum and < Age.Adult, () =>
        {
            RuleFor(x => x.Guardian).NotNull().WithMessage(_ => ValidationMessages.Get(MessageKeys.GuardianRequired));
            RuleFor(x => x.Guardian!.FullName).RequiredText(200).When(x => x.Guardian is not null).OverridePropertyName("guardian.fullName");
            RuleFor(x => x.Guardian!.Phone).KazakhMobilePhone().When(x => x.Guardian is not null).OverridePropertyName("guardian.phone");
        });
        RuleFor(x => x.Phone).KazakhMobilePhone();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.District).KnownDistrict(db);
        RuleFor(x => x.Languages).SupportedLanguages();
        RuleFor(x => x.DirectionIds).ActiveDirections(db);
        RuleFor(x => x.Motivation).OptionalText(MotivationMaxLength);
        RuleFor(x => x.PersonalDataConsent).Equal(true).WithMessage(_ => ValidationMessages.Get(MessageKeys.ConsentRequired));
    }
}

public sealed class SubmitApplicationCommandHandler(IApplicationDbContext db, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<SubmitApplicationCommand, ApplicationCreatedDto>
{
    public async ValueTask<ApplicationCreatedDto> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var iin = Iin.Parse(command.Iin!);
        var email = UserAccount.NormalizeEmail(command.Email!);
        // Written as two complete alternatives so that each matches one of the partial indexes of open applications (by
        // IIN, by e-mail); "(iin or email) and open" makes SQLite scan every application ever submitted.
        var pending = await db.Applications.AnyAsync(
            a => (a.Iin == iin.Value && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Approved))
                 || (a.Email == email && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Approved)),
            cancellationToken);
        // One answer whether the IIN or e-mail belongs to an open application or to a volunteer, so that the public
        // form does not tell strangers who already volunteers with the HQ.
        if (pending || await db.Volunteers.AnyAsync(v => v.Iin == iin.Value || v.Email == email, cancellationToken))
        {
            throw new DomainRuleViolationException("application-duplicate",
                "An application or a volunteer with this IIN or e-mail is already registered.");
        }

        var now = clock.GetUtcNow();
        var applicant = new PersonalData(command.FirstName!.Trim(), command.LastName!.Trim(), NullIfBlank(command.MiddleName), iin, PhoneNumber.Parse(command.Phone!), email);
        var guardian = command.Guardian is { FullName: { } name, Phone: { } phone } && PhoneNumber.TryParse(phone, out var guardianPhone)
            ? new Guardian(name.Trim(), guardianPhone)
            : null;
        var application = VolunteerApplication.Submit(
            applicant, command.District!, command.Languages!, command.DirectionIds!, NullIfBlank(command.Motivation), guardian,
            new PersonalDataConsent(now, PersonalDataConsent.CurrentTextVersion), calendar.Today, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return new ApplicationCreatedDto(application.Id, application.Status);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
