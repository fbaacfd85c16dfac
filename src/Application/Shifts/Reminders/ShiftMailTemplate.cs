using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Email;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Links;
using Volunteers.Application.Common.Time;
using Volunteers.Application.Mail;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Shifts.Reminders;

/// <summary>
/// The mails about a seat on a shift — a reminder, and "you now have a place" — with the shift as it is when the mail
/// goes (it may have moved) and the seat's attendance link. A reminder goes only to a volunteer who wants shift
/// reminders, for a seat still held, before the shift begins.
/// </summary>
public sealed class ShiftMailTemplate(IApplicationDbContext db, IPublicLinks links, IHqCalendar calendar, TimeProvider clock) : IMailTemplate
{
    public bool Composes(MailKind kind) => kind is MailKind.ShiftReminder or MailKind.ShiftPlaceGiven;

    public async Task<IReadOnlyDictionary<Guid, MailDecision>> ComposeAsync(IReadOnlyList<DueMail> mails, CancellationToken cancellationToken)
    {
        var ids = mails.Select(m => m.Mail.SubjectId).Distinct().ToList();
        var seats = await (
                from s in db.SignUps.AsNoTracking()
                join shift in db.Shifts.AsNoTracking() on s.ShiftId equals shift.Id
                join c in db.Campaigns.AsNoTracking() on shift.CampaignId equals c.Id
                where ids.Contains(s.Id)
                select new Seat(s.Id, s.Status, shift.StartsAt, shift.EndsAt, shift.Location, c.Title))
            .ToDictionaryAsync(s => s.SignUpId, cancellationToken);
        var now = clock.GetUtcNow();
        return mails.ToDictionary(d => d.Mail.Id, d => Decide(d, seats.GetValueOrDefault(d.Mail.SubjectId), now));
    }

    private MailDecision Decide(DueMail due, Seat? seat, DateTimeOffset now)
    {
        var (mail, to) = (due.Mail, due.To);
        if (seat is not { Status: SignUpStatus.Confirmed } || mail.Secret is not { } token)
        {
            return MailDecision.Skip("The volunteer no longer holds the seat.");
        }

        if (mail.Kind == MailKind.ShiftReminder)
        {
            if (!to.ShiftReminders)
            {
                return MailDecision.Skip("The volunteer turned shift reminders off.");
            }

            if (seat.StartsAt <= now)
            {
                return MailDecision.Skip("The shift has begun.");
            }
        }
        else if (seat.EndsAt <= now)
        {
            return MailDecision.Skip("The shift is over.");
        }

        return MailDecision.Send(Compose(mail.Kind, to, seat, links.Attendance(token)));
    }

    private EmailMessage Compose(MailKind kind, MailRecipient to, Seat seat, Uri link)
    {
        var starts = TimeZoneInfo.ConvertTime(seat.StartsAt, calendar.TimeZone);
        var ends = TimeZoneInfo.ConvertTime(seat.EndsAt, calendar.TimeZone);
        var when = $"{starts.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)}–{ends.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        var title = seat.Title.In(to.Language);
        var placeGiven = kind == MailKind.ShiftPlaceGiven;
        var (subject, body) = to.Language switch
        {
            Language.Kazakh => (
                $"{(placeGiven ? "Сізге орын босады" : "Ауысым туралы еске салу")}: {title}, {when}",
                $"""
                 Сәлеметсіз бе, {to.FirstName}!

                 {(placeGiven ? "Ауысымда орын босап, ол енді сіздікі." : "Сіз жазылған ауысым жақында басталады.")}
                 {title}
                 Уақыты (Астана уақыты): {when}
                 Орны: {seat.Location}

                 Келесіз бе? Осы сілтеме арқылы «келемін» немесе «келмеймін» деп жауап беріңіз — келе алмасаңыз, орныңыз кезектегі еріктіге беріледі:
                 {link}

                 Рахмет! — Еріктілер штабы
                 """),
            Language.Russian => (
                $"{(placeGiven ? "Для вас освободилось место" : "Напоминание о смене")}: {title}, {when}",
                $"""
                 Здравствуйте, {to.FirstName}!

                 {(placeGiven ? "На смене освободилось место, и теперь оно ваше." : "Скоро начинается смена, на которую вы записаны.")}
                 {title}
                 Время (по Астане): {when}
                 Место: {seat.Location}

                 Вы придёте? Ответьте «приду» или «не приду» по этой ссылке — если не сможете, ваше место перейдёт следующему в листе ожидания:
                 {link}

                 Спасибо! — Штаб волонтёров
                 """),
            _ => (
                $"{(placeGiven ? "You now have a place" : "Shift reminder")}: {title}, {when}",
                $"""
                 Hello, {to.FirstName}!

                 {(placeGiven ? "A place on the shift was freed, and it is now yours." : "The shift you signed up for is coming up.")}
                 {title}
                 Time (Astana): {when}
                 Place: {seat.Location}

                 Will you come? Answer "coming" or "not coming" at this link — if you cannot come, your place goes to the next person on the waitlist:
                 {link}

                 Thank you! — The volunteer HQ
                 """),
        };
        return new EmailMessage(to.Email!, subject, body);
    }

    private sealed record Seat(Guid SignUpId, SignUpStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Location, LocalizedText Title);
}
