using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.UpdateVolunteer;

/// <summary>
/// Change a volunteer's data; fields left out (null) stay as they are. Staff change everything here; the volunteer
/// themself only their contact data (phone, e-mail) and message preferences.
/// </summary>
public sealed record UpdateVolunteerCommand(
    Guid Id,
    string? Phone = null,
    string? Email = null,
    string? District = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<int>? DirectionIds = null,
    string? MessageLanguage = null,
    bool? NonEmergencyMessages = null,
    bool? ShiftReminders = null) : ICommand
{
    /// <summary>Whether the change touches what only staff may change.</summary>
    public bool ChangesStaffFields => District is not null || Languages is not null || DirectionIds is not null;
}

public sealed class UpdateVolunteerCommandValidator : AbstractValidator<UpdateVolunteerCommand>
{
    public UpdateVolunteerCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Phone).KazakhMobilePhone().When(x => x.Phone is not null);
        RuleFor(x => x.Email).ValidEmail().When(x => x.Email is not null);
        RuleFor(x => x.District).KnownDistrict(db).When(x => x.District is not null);
        RuleFor(x => x.Languages).SupportedLanguages().When(x => x.Languages is not null);
        RuleFor(x => x.DirectionIds).ActiveDirections(db).When(x => x.DirectionIds is not null);
        RuleFor(x => x.MessageLanguage)
            .Must(Language.IsSupported).When(x => x.MessageLanguage is not null)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.LanguageUnsupported));
    }
}

public sealed class UpdateVolunteerCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateVolunteerCommand>
{
    public async ValueTask<Unit> Handle(UpdateVolunteerCommand command, CancellationToken cancellationToken)
    {
        user.EnsureStaffOrSelf(command.Id);
        if (!user.IsStaff() && command.ChangesStaffFields)
        {
            throw new ForbiddenException("A volunteer may change only their phone, e-mail and message preferences; staff change the rest.");
        }

        var volunteer = await db.GetForUpdateAsync(command.Id, cancellationToken);
        var email = command.Email is null ? null : UserAccount.NormalizeEmail(command.Email);
        if (email is not null && email != volunteer.Email)
        {
            await ChangeAccountEmailAsync(volunteer, email, cancellationToken);
        }

        if (command.Phone is not null || email is not null)
        {
            volunteer.ChangeContact(command.Phone is null ? null : PhoneNumber.Parse(command.Phone).Value, email);
        }

        if (command.District is not null)
        {
            volunteer.MoveToDistrict(command.District);
        }

        if (command.Languages is not null)
        {
            volunteer.SetLanguages(command.Languages);
        }

        if (command.DirectionIds is not null)
        {
            volunteer.SetDirections(command.DirectionIds);
        }

        if (command.MessageLanguage is not null || command.NonEmergencyMessages is not null)
        {
            volunteer.SetMessagePreferences(command.MessageLanguage ?? volunteer.MessageLanguage, command.NonEmergencyMessages ?? volunteer.NonEmergencyMessages);
        }

        if (command.ShiftReminders is { } reminders)
        {
            volunteer.SetShiftReminders(reminders);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>The e-mail is also the volunteer's sign-in name, so it stays unique and their account follows it.</summary>
    private async Task ChangeAccountEmailAsync(Volunteer volunteer, string email, CancellationToken cancellationToken)
    {
        if (await db.Volunteers.AnyAsync(v => v.Email == email && v.Id != volunteer.Id, cancellationToken))
        {
            throw new DomainRuleViolationException("volunteer-email-taken", "Another volunteer is registered with this e-mail.");
        }

        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.VolunteerId == volunteer.Id, cancellationToken);
        if (account is null)
        {
            return;
        }

        if (await db.UserAccounts.AnyAsync(a => a.Email == email && a.Id != account.Id, cancellationToken))
        {
            throw new DomainRuleViolationException("account-email-taken", "An account with this e-mail already exists.");
        }

        account.ChangeEmail(email);
    }
}
