using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Email;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Security;
using Volunteers.Application.Common.Time;
using Volunteers.Application.Mail;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;
using Volunteers.Domain.Mail;
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

public sealed class InviteVolunteerCommandHandler(
    IApplicationDbContext db,
    InvitationIssuer invitations,
    MailOutboxSender mails,
    TimeProvider clock)
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

        // The mail is queued with the invitation, so neither is kept without the other; it is tried at once, and a
        // failure leaves it to the outbox's retries (the invitation is returned either way).
        var (invitation, invitationId) = await invitations.IssueRecordAsync(account, cancellationToken);
        var mail = OutboxMail.Now(MailKind.VolunteerInvitation, volunteer.Id, invitationId, clock.GetUtcNow(), invitation.Token);
        db.OutboxMails.Add(mail);
        await db.SaveChangesAsync(cancellationToken);

        var emailed = await mails.TrySendNowAsync(mail.Id, cancellationToken);
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
}

/// <summary>
/// The invitation e-mail in the volunteer's message language (kk, ru or en), composed when it is sent; an invitation
/// used, revoked or expired meanwhile is not sent any more.
/// </summary>
public sealed class VolunteerInvitationMailTemplate(IApplicationDbContext db, IHqCalendar calendar, TimeProvider clock) : IMailTemplate
{
    public bool Composes(MailKind kind) => kind == MailKind.VolunteerInvitation;

    public async Task<IReadOnlyDictionary<Guid, MailDecision>> ComposeAsync(IReadOnlyList<DueMail> mails, CancellationToken cancellationToken)
    {
        var ids = mails.Select(m => m.Mail.SubjectId).ToList();
        var now = clock.GetUtcNow();
        var expiries = await db.Invitations.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ToDictionaryAsync(i => i.Id, i => i.ExpiresAt, cancellationToken);
        return mails.ToDictionary(d => d.Mail.Id, d =>
            expiries.TryGetValue(d.Mail.SubjectId, out var expiresAt) && d.Mail.Secret is { } token
                ? MailDecision.Send(Compose(d.To, token, TimeZoneInfo.ConvertTime(expiresAt, calendar.TimeZone)))
                : MailDecision.Skip("The invitation was used, revoked or expired before it was sent."));
    }

    private static EmailMessage Compose(MailRecipient to, string token, DateTimeOffset expiresInHq)
    {
        var expires = expiresInHq.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var (subject, body) = to.Language switch
        {
            Language.Kazakh => (
                "Волонтер есептік жазбаңыз",
                $"""
                 Сәлеметсіз бе, {to.FirstName}!

                 Волонтерлер штабы сізге есептік жазба ашты. Құпиясөз орнату үшін қосымшада немесе сайтта осы шақыру кодын енгізіңіз. Код бір рет қана және Астана уақытымен {expires} дейін жарамды:

                 {token}

                 Содан кейін {to.Email} электрондық поштаңызбен кіріңіз.
                 """),
            Language.Russian => (
                "Ваша учётная запись волонтёра",
                $"""
                 Здравствуйте, {to.FirstName}!

                 Штаб волонтёров создал для вас учётную запись. Чтобы задать пароль, введите этот код приглашения в приложении или на сайте. Код действует один раз и до {expires} по времени Астаны:

                 {token}

                 Затем входите со своей электронной почтой {to.Email}.
                 """),
            _ => (
                "Your volunteer account",
                $"""
                 Hello, {to.FirstName}!

                 The volunteer headquarters has opened an account for you. To set your password, enter this invitation code in the app or on the site. It works once, until {expires} Astana time:

                 {token}

                 Then sign in with your e-mail {to.Email}.
                 """),
        };
        return new EmailMessage(to.Email!, subject, body);
    }
}
