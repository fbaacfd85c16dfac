using Volunteers.Domain.Common;
using Volunteers.Domain.Mail;

namespace Volunteers.Domain.UnitTests;

public sealed class OutboxMailTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    [Test]
    public void AFailedMail_IsRetriedWithGrowingDelays_ThenGivenUp_AndForgetsItsSecret()
    {
        var mail = OutboxMail.Now(MailKind.VolunteerInvitation, Guid.NewGuid(), Guid.NewGuid(), Now, "secret-token");
        var delays = new List<TimeSpan>();
        var at = Now;
        while (mail.State == MailState.Pending)
        {
            mail.RecordFailure("down", at);
            if (mail.State == MailState.Pending)
            {
                delays.Add(mail.NextAttemptAt - at);
                Assert.That(mail.Secret, Is.EqualTo("secret-token"), "kept for the retry");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(mail.State, Is.EqualTo(MailState.Failed));
            Assert.That(mail.Attempts, Is.EqualTo(OutboxMail.MaxAttempts));
            Assert.That(delays.Take(3), Is.EqualTo(new[] { TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2) }));
            Assert.That(delays, Is.Ordered);
            Assert.That(delays.Max(), Is.LessThanOrEqualTo(TimeSpan.FromHours(1)));
            Assert.That(mail.Secret, Is.Null, "a token never lingers in a mail that is done");
        });
        Assert.Throws<DomainRuleViolationException>(() => mail.MarkSent(at));
    }

    [Test]
    public void ASentOrSkippedMail_ForgetsItsSecret()
    {
        var sent = OutboxMail.Now(MailKind.ShiftReminder, Guid.NewGuid(), Guid.NewGuid(), Now, "token");
        sent.MarkSent(Now);
        var skipped = OutboxMail.Scheduled(MailKind.ShiftReminder, Guid.NewGuid(), Guid.NewGuid(), Now.AddHours(5), Now, "token", 120);
        skipped.Skip("cancelled");
        Assert.Multiple(() =>
        {
            Assert.That((sent.State, sent.Secret), Is.EqualTo((MailState.Sent, (string?)null)));
            Assert.That((skipped.State, skipped.Secret, skipped.LastError), Is.EqualTo((MailState.Skipped, (string?)null, "cancelled")));
        });
    }

    [Test]
    public void OnlyEmergencyCallUpsAndInvitations_IgnoreTheOptOut()
    {
        bool Ignores(MailKind kind) => OutboxMail.Now(kind, Guid.NewGuid(), Guid.NewGuid(), Now).IgnoresOptOut;
        Assert.Multiple(() =>
        {
            Assert.That(Ignores(MailKind.MobilizationActivePlace) && Ignores(MailKind.MobilizationReservePlace) && Ignores(MailKind.MobilizationCalledUp));
            Assert.That(Ignores(MailKind.VolunteerInvitation));
            Assert.That(Ignores(MailKind.ShiftReminder), Is.False);
            Assert.That(Ignores(MailKind.ShiftPlaceGiven), Is.False);
        });
    }

    [Test]
    public void AMailScheduledOrMovedIntoThePast_IsDueNow()
    {
        var mail = OutboxMail.Scheduled(MailKind.ShiftReminder, Guid.NewGuid(), Guid.NewGuid(), Now.AddHours(-1), Now, "t", 1440);
        Assert.That(mail.NextAttemptAt, Is.EqualTo(Now));
        mail.Reschedule(Now.AddDays(2), Now);
        Assert.That(mail.NextAttemptAt, Is.EqualTo(Now.AddDays(2)));
        mail.Reschedule(Now.AddDays(-2), Now);
        Assert.That(mail.NextAttemptAt, Is.EqualTo(Now));
    }
}
