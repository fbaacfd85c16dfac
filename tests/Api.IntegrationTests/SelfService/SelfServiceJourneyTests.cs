using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.SelfService;

/// <summary>Issue 16's story end to end over HTTP: from an open shift to a certificate a stranger verifies.</summary>
public sealed class SelfServiceJourneyTests(TestDatabase database) : SelfServiceTest(database)
{
    [Test]
    public async Task AVolunteer_FindsASignsUp_SeesItInTheirCalendar_WorksIt_AndGetsACertificateThatAStrangerVerifies_UntilRevoked()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await VolunteerBuilder.AVolunteer().Named("Әсел", "Нұрланова", "Маратқызы").Speaking("kk").InDirections(2).SaveIdAsync(Factory);
        var campaignId = await CampaignAsync(coordinator, "publish");
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14));
        var fullShiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(2), 10), HqTime(HqToday.AddDays(2), 14), capacity: 1);
        await SignedUpAsync(coordinator, fullShiftId, await ActiveVolunteerAsync("Другая"));
        using var volunteer = await VolunteerClientAsync(volunteerId);

        // 1. An open shift in their direction; the full one is not offered.
        var open = (await GetJsonAsync(volunteer, $"/api/v1/volunteers/{volunteerId}/open-shifts")).AsArray();
        Assert.That(open.Select(s => s!["shiftId"]!.GetValue<Guid>()), Is.EqualTo(new[] { shiftId }));

        // 2. They sign up themself, and join the full shift's waitlist.
        Assert.That((await SignedUpAsync(volunteer, shiftId, volunteerId))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        Assert.That((await SignedUpAsync(volunteer, fullShiftId, volunteerId))["status"]!.GetValue<string>(), Is.EqualTo("Waitlisted"));

        // 3. Their calendar shows the seat as CONFIRMED and the waitlist place as TENTATIVE.
        var (calendar, _, _) = await FeedAsync(await FeedUrlAsync(volunteer, volunteerId));
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.That(events.Select(e => e.Status), Is.EqualTo(new[] { "CONFIRMED", "TENTATIVE" }));
        Assert.That(events[0].Summary, Is.EqualTo("Қамқорлық мекенжайы"));

        // 4. They work the shift: staff check them in at the start and out four hours later.
        Clock.Advance(HqTime(HqToday.AddDays(1), 10) - Clock.GetUtcNow());
        await StaffCheckAsync(coordinator, shiftId, volunteerId, "check-in");
        Clock.Advance(TimeSpan.FromHours(4));
        await StaffCheckAsync(coordinator, shiftId, volunteerId, "check-out");

        // 5. A certificate in Kazakh whose PDF holds their name and hours.
        var issued = await IssuedAsync(volunteer, volunteerId, new { language = "kk" });
        Assert.That(issued["totalHours"]!.GetValue<double>(), Is.EqualTo(4));
        var pdf = await PdfTextAsync(volunteer, issued["pdfUrl"]!.GetValue<string>());
        Assert.That(pdf, Does.Contain("Нұрланова Әсел Маратқызы").And.Contain("Барлығы 4"));

        // 6. A stranger verifies it by code and sees the holder, the period, the hours and validity — nothing more.
        var code = issued["code"]!.GetValue<string>();
        var verified = await GetJsonAsync(Anonymous, new Uri(issued["verifyUrl"]!.GetValue<string>()).PathAndQuery);
        Assert.Multiple(() =>
        {
            Assert.That(verified.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "code", "holder", "from", "to", "totalHours", "byCampaign", "issuedAt", "valid" }));
            Assert.That(verified["holder"]!.GetValue<string>(), Is.EqualTo("Әсел Н."));
            Assert.That(verified["totalHours"]!.GetValue<double>(), Is.EqualTo(4));
            Assert.That(verified["valid"]!.GetValue<bool>(), Is.True);
        });

        // 7. Staff revoke it, and the stranger now sees it is no longer valid.
        var revoked = await coordinator.PostAsync($"/api/v1/certificates/{code}/revoke", null);
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await revoked.Content.ReadAsStringAsync());
        Assert.That((await GetJsonAsync(Anonymous, $"/api/v1/certificates/{code}"))["valid"]!.GetValue<bool>(), Is.False);
    }
}
