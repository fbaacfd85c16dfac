using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Volunteers.Application.Common.Email;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Security;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.InviteVolunteer;

/// <summary>
/// Invite a volunteer to set a password: opens their account on the first invitation (they sign in with their
/// e-mail), and e-mails them the token in their message language.
/// </summary>
public sealed record InviteVolunteerCommand(Guid Id) : ICommand<VolunteerInvitationDto>;

/// <summary>The invitation as staff may hand it over; the token is shown only here (and in the e-mail).</summary>
/// <param name="Token">Redeem at <c>POST /auth/accept-invitation</c>.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
/// <param name="Emailed">Whether the e-mail to the volunteer went out.</param>
public sealed record VolunteerInvitationDto(string Token, DateTimeOffset ExpiresAt, bool Emailed);

public sealed partial class InviteVolunteerCommandHandler(
    IApplicationDbContext db,
    InvitationIssuer invitations,
    IEmailSender email,
    IHqCalendar calendar,
    TimeProvider clock,
    ILogger<InviteVolunteerCommandHandler> logger)
    : ICommandHandler<InviteVolunteerCommand, VolunteerInvitationDto>
{
    public async ValueTask<VolunteerInvitationDto> Handle(InviteVolunteerCommand command, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
                        ?? throw new NotFoundException("Volunteer", command.Id);
        if (volunteer.IsAnonymized || volunteer.Email is null)
        {
            throw new DomainRuleViolationException("volunteer-anonymized", "The volunteer's personal data was erased.");
        }

        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.VolunteerId == volunteer.Id, cancellationToken)
                      ?? await OpenAccountAsync(volunteer, cancellationToken);
        if (!account.IsActive)
        {
            throw new DomainRuleViolationException("account-deactivated", "The volunteer's account is deactivated.");
        }

        var invitation = await invitations.IssueAsync(account, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var mail = VolunteerInvitationMail.For(volunteer, invitation, TimeZoneInfo.ConvertTime(invitation.ExpiresAt, calendar.TimeZone));
        var emailed = await TrySendAsync(mail, cancellationToken);
        return new VolunteerInvitationDto(invitation.Token, invitation.ExpiresAt, emailed);
    }

    private async Task<UserAccount> OpenAccountAsync(Volunteer volunteer, CancellationToken cancellationToken)
    {
        if (await db.UserAccounts.AnyAsync(a => a.Email == volunteer.Email, cancellationToken))
        {
            throw new DomainRuleViolationException("account-email-taken", "Another account already signs in with this volunteer's e-mail.");
        }

        var account = UserAccount.Create(volunteer.Email!, $"{volunteer.FirstName} {volunteer.LastName}", Role.Volunteer, clock.GetUtcNow(), volunteer.Id);
        db.UserAccounts.Add(account);
        return account;
    }

    /// <summary>The invitation is saved and returned either way; a mail failure must not lose it.</summary>
    private async Task<bool> TrySendAsync(EmailMessage mail, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(mail, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogMailFailed(logger, exception.GetType().Name);
            return false;
        }
    }

    // Only the exception's type: its message may contain the recipient's address.
    [LoggerMessage(Level = LogLevel.Warning, Message = "The volunteer invitation e-mail could not be sent ({ExceptionType})")]
    private static partial void LogMailFailed(ILogger logger, string exceptionType);
}

/// <summary>The invitation e-mail in the volunteer's message language (kk, ru or en).</summary>
public static class VolunteerInvitationMail
{
    public static EmailMessage For(Volunteer volunteer, InvitationDto invitation, DateTimeOffset expiresInHq)
    {
        var expires = expiresInHq.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var (subject, body) = volunteer.MessageLanguage switch
        {
            Language.Kazakh => (
                "Волонтер есептік жазбаңыз",
                $"""
                 Сәлеметсіз бе, {volunteer.FirstName}!

                 Волонтерлер штабы сізге есептік жазба ашты. Құпиясөз орнату үшін қосымшада немесе сайтта осы шақыру кодын енгізіңіз. Код бір рет қана және Астана уақытымен {expires} дейін жарамды:

                 {invitation.Token}

                 Содан кейін {volunteer.Email} электрондық поштаңызбен кіріңіз.
                 """),
            Language.Russian => (
                "Ваша учётная запись волонтёра",
                $"""
                 Здравствуйте, {volunteer.FirstName}!

                 Штаб волонтёров создал для вас учётную запись. Чтобы задать пароль, введите этот код приглашения в приложении или на сайте. Код действует один раз и до {expires} по времени Астаны:

                 {invitation.Token}

                 Затем входите со своей электронной почтой {volunteer.Email}.
                 """),
            _ => (
                "Your volunteer account",
                $"""
                 Hello, {volunteer.FirstName}!

                 The volunteer headquarters has opened an account for you. To set your password, enter this invitation code in the app or on the site. It works once, until {expires} Astana time:

                 {invitation.Token}

                 Then sign in with your e-mail {volunteer.Email}.
                 """),
        };
        return new EmailMessage(volunteer.Email!, subject, body);
    }
}
