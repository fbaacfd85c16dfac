using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.Partners;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.SelfService;

/// <summary>Hours certificates: issued by the volunteer or staff, verified by anyone with the code, revoked by staff.</summary>
public sealed class CertificateTests(TestDatabase database) : SelfServiceTest(database)
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Issue_CountsCheckedOutHoursWhoseCheckInFallsInThePeriod_PerCampaign_AndFreezesThem()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        var care = await CampaignAsync(coordinator, "publish", "start");
        var flood = await CampaignAsync(coordinator, "publish", "start");
        await WorkedShiftAsync(coordinator, care, volunteerId, hours: 3);
        await WorkedShiftAsync(coordinator, flood, volunteerId, hours: 2.5, dayOffset: 2);
        var notCheckedOut = await AddShiftAsync(coordinator, care, HqTime(HqToday.AddDays(3), 10), HqTime(HqToday.AddDays(3), 14));
        await SignedUpAsync(coordinator, notCheckedOut, volunteerId);
        await StaffCheckAsync(coordinator, notCheckedOut, volunteerId, "check-in", Clock.GetUtcNow().AddHours(-1));
        var earlier = await AddShiftAsync(coordinator, care, HqTime(HqToday.AddDays(4), 10), HqTime(HqToday.AddDays(4), 14));
        await SignedUpAsync(coordinator, earlier, volunteerId);
        await StaffCheckAsync(coordinator, earlier, volunteerId, "check-in", Clock.GetUtcNow().AddDays(-20));
        await StaffCheckAsync(coordinator, earlier, volunteerId, "check-out", Clock.GetUtcNow().AddDays(-20).AddHours(7));
        using var volunteer = await VolunteerClientAsync(volunteerId);

        var response = await IssueAsync(volunteer, volunteerId, new { from = Day(HqToday.AddDays(-10)), to = Day(HqToday) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var issued = await response.ReadJsonAsync();
        var code = issued["code"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Match($"^[{HoursCertificate.CodeAlphabet}]{{10,}}$"), "letters and digits, none ambiguous");
            Assert.That(issued["from"]!.GetValue<string>(), Is.EqualTo(Day(HqToday.AddDays(-10))));
            Assert.That(issued["to"]!.GetValue<string>(), Is.EqualTo(Day(HqToday)));
            Assert.That(issued["totalHours"]!.GetValue<double>(), Is.EqualTo(5.5), "3 + 2.5; the open and the earlier shifts do not count");
            Assert.That(issued["verifyUrl"]!.GetValue<string>(), Does.StartWith("http").And.EndWith($"/api/v1/certificates/{code}"));
            Assert.That(issued["pdfUrl"]!.GetValue<string>(), Does.StartWith("http").And.EndWith($"/api/v1/certificates/{code}/pdf"));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(issued["verifyUrl"]!.GetValue<string>()));
        });

        // More work later changes nothing on the certificate already issued.
        await WorkedShiftAsync(coordinator, care, volunteerId, hours: 4, dayOffset: 5);
        var verified = await GetJsonAsync(Anonymous, $"/api/v1/certificates/{code}");
        Assert.That(verified["totalHours"]!.GetValue<double>(), Is.EqualTo(5.5));
        var byCampaign = verified["byCampaign"]!.AsArray();
        Assert.That(byCampaign.Select(c => c!["hours"]!.GetValue<double>()), Is.EqualTo(new[] { 3.0, 2.5 }), "most hours first");
        Assert.That(byCampaign[0]!["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
        Assert.That(await IssuedTotalAsync(volunteer, volunteerId, new { from = Day(HqToday.AddDays(-10)) }), Is.EqualTo(9.5), "a new certificate counts the new hours");
        var fromFirstCheckIn = await IssuedAsync(volunteer, volunteerId, new { to = Day(HqToday.AddDays(-5)) });
        Assert.That(fromFirstCheckIn["totalHours"]!.GetValue<double>(), Is.EqualTo(7), "by default from the first check-in");
        Assert.That(fromFirstCheckIn["from"]!.GetValue<string>(), Is.EqualTo(Day(HqToday.AddDays(-20))));
    }

    private static async Task<double> IssuedTotalAsync(HttpClient client, Guid volunteerId, object body) =>
        (await IssuedAsync(client, volunteerId, body))["totalHours"]!.GetValue<double>();

    [Test]
    public async Task Verify_ShowsOnlyTheHoldersFirstNameAndInitial_ThePeriodTheHoursAndValidity()
    {
        var coordinator = await CoordinatorAsync();
        var volunteer = await VolunteerBuilder.AVolunteer().Named("Айгерим", "Нурланова", "Маратовна").WithEmail("aigerim@example.kz").SaveAsync(Factory);
        await WorkedShiftAsync(coordinator, await CampaignAsync(coordinator, "publish", "start"), volunteer.Id, hours: 2);
        var code = (await IssuedAsync(coordinator, volunteer.Id))["code"]!.GetValue<string>();

        var response = await Anonymous.GetAsync($"/api/v1/certificates/{code.ToLowerInvariant()}");

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a code is found whatever its case");
        var body = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(body.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "code", "holder", "from", "to", "totalHours", "byCampaign", "issuedAt", "valid" }));
            Assert.That(body["code"]!.GetValue<string>(), Is.EqualTo(code));
            Assert.That(body["holder"]!.GetValue<string>(), Is.EqualTo("Айгерим Н."));
            Assert.That(body["to"]!.GetValue<string>(), Is.EqualTo(Day(HqToday)), "by default the period ends today");
            Assert.That(body["totalHours"]!.GetValue<double>(), Is.EqualTo(2));
            Assert.That(body["issuedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(body["valid"]!.GetValue<bool>(), Is.True);
            Assert.That(text, Does.Not.Contain("Нурланова").And.Not.Contain("Маратовна").And.Not.Contain(volunteer.Iin!).And.Not.Contain("aigerim@"));
        });
    }

    [Test]
    public async Task Pdf_InKazakh_HoldsTheFullNameWithKazakhLetters_TheHoursPerCampaignAndTotal_AndTheCode()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await VolunteerBuilder.AVolunteer().Named("Әсел", "Нұрланова", "Маратқызы").Speaking("ru", "kk").SaveIdAsync(Factory);
        await WorkedShiftAsync(coordinator, await CampaignAsync(coordinator, "publish", "start"), volunteerId, hours: 4.5);
        var issued = await IssuedAsync(coordinator, volunteerId, new { language = "kk" });

        var text = await PdfTextAsync(Anonymous, issued["pdfUrl"]!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Нұрланова Әсел Маратқызы"), "Kazakh letters are extracted as written: the font has them");
            Assert.That(text, Does.Contain("Қамқорлық мекенжайы"), "the campaign's Kazakh title");
            Assert.That(text, Does.Contain("Барлығы 4.5"), "the total, labelled in Kazakh");
            Assert.That(text, Does.Contain(issued["code"]!.GetValue<string>()));
            Assert.That(text, Does.Contain(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(5)).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        });

        // Without a language the message language (the first spoken: ru) is the certificate's.
        var russian = await IssuedAsync(coordinator, volunteerId);
        Assert.That(await PdfTextAsync(Anonymous, russian["pdfUrl"]!.GetValue<string>()), Does.Contain("Справка о волонтёрских часах").And.Contain("Итого 4.5"));
    }

    [Test]
    public async Task Revoke_ByStaff_RecordsWhoAndWhen_AndTheCertificateVerifiesAsNotValid()
    {
        var coordinator = await StaffAsync("Coordinator");
        var volunteerId = await ActiveVolunteerAsync();
        await WorkedShiftAsync(coordinator.Client, await CampaignAsync(coordinator.Client, "publish", "start"), volunteerId, hours: 2);
        using var volunteer = await VolunteerClientAsync(volunteerId);
        var code = (await IssuedAsync(volunteer, volunteerId))["code"]!.GetValue<string>();

        await AssertProblemAsync(await volunteer.PostAsync($"/api/v1/certificates/{code}/revoke", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.PostAsync($"/api/v1/certificates/{code}/revoke", null), HttpStatusCode.Unauthorized);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var revoked = await coordinator.Client.PostAsync($"/api/v1/certificates/{code}/revoke", null);

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await revoked.Content.ReadAsStringAsync());
        Assert.That((await revoked.ReadJsonAsync())["valid"]!.GetValue<bool>(), Is.False);
        Assert.That((await GetJsonAsync(Anonymous, $"/api/v1/certificates/{code}"))["valid"]!.GetValue<bool>(), Is.False);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().HoursCertificates.SingleAsync(c => c.Code == code);
            Assert.That(stored.RevokedBy, Is.EqualTo(coordinator.AccountId));
            Assert.That(stored.RevokedAt, Is.EqualTo(Clock.GetUtcNow()));
        }

        await AssertProblemAsync(await coordinator.Client.PostAsync($"/api/v1/certificates/{code}/revoke", null), HttpStatusCode.Conflict, "/certificate-already-revoked");
        Assert.That(await PdfTextAsync(Anonymous, $"/api/v1/certificates/{code}/pdf"), Does.Contain("АНЫҚТАМАНЫҢ КҮШІ ЖОЙЫЛДЫ"), "the PDF says so too");
    }

    [Test]
    public async Task UnknownCodes_AndCodesOfAnErasedVolunteer_Are404_WithoutSayingWhich()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        await WorkedShiftAsync(coordinator, await CampaignAsync(coordinator, "publish", "start"), volunteerId, hours: 2);
        var code = (await IssuedAsync(coordinator, volunteerId))["code"]!.GetValue<string>();
        using var admin = await AdminAsync();

        Assert.That((await admin.PostAsync($"/api/v1/volunteers/{volunteerId}/anonymize", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var erased = await Anonymous.GetAsync($"/api/v1/certificates/{code}");
        var unknown = await Anonymous.GetAsync("/api/v1/certificates/ABCDEFGHJKMN");
        await AssertProblemAsync(erased, HttpStatusCode.NotFound);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.That(Detail(await erased.Content.ReadAsStringAsync()), Is.EqualTo(Detail(await unknown.Content.ReadAsStringAsync())));
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/certificates/{code}/pdf"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/certificates/{code}/revoke", null), HttpStatusCode.NotFound);
        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().HoursCertificates.AnyAsync(c => c.VolunteerId == volunteerId), Is.False,
            "erasing the volunteer erased their certificates");
    }

    private static string Detail(string problem) => System.Text.Json.Nodes.JsonNode.Parse(problem)!["detail"]!.GetValue<string>();

    [Test]
    public async Task NoHoursInThePeriod_Is409CertificateNoHours_AndIssuesNothing()
    {
        var coordinator = await CoordinatorAsync();
        var idle = await ActiveVolunteerAsync("Бездельникова");
        var worker = await ActiveVolunteerAsync();
        await WorkedShiftAsync(coordinator, await CampaignAsync(coordinator, "publish", "start"), worker, hours: 2);

        await AssertProblemAsync(await IssueAsync(coordinator, idle), HttpStatusCode.Conflict, "/certificate-no-hours");
        await AssertProblemAsync(await IssueAsync(coordinator, worker, new { from = Day(HqToday.AddDays(-30)), to = Day(HqToday.AddDays(-1)) }),
            HttpStatusCode.Conflict, "/certificate-no-hours");
        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().HoursCertificates.CountAsync(), Is.Zero);
    }

    [TestCase("{\"from\":\"2026-13-01\"}", "from")]
    [TestCase("{\"to\":\"01.03.2026\"}", "to")]
    [TestCase("{\"from\":\"2026-03-10\",\"to\":\"2026-03-01\"}", "to")]
    [TestCase("{\"from\":\"2099-01-01\"}", "to")]
    [TestCase("{\"language\":\"de\"}", "language")]
    public async Task BadInput_Is400WithTheFieldInErrors_InTheCallersLanguage(string body, string field)
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        await WorkedShiftAsync(coordinator, await CampaignAsync(coordinator, "publish", "start"), volunteerId, hours: 2);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/volunteers/{volunteerId}/certificates")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("kk"));

        var response = await coordinator.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = System.Text.Json.Nodes.JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EqualTo(new[] { field }), text);
        Assert.That(errors[field]![0]!.GetValue<string>(), Does.Match("[әғқңөұүһі]"), "the message is in Kazakh");
    }

    [Test]
    public async Task AnotherVolunteer_Is403_Anonymous401_AndAnUnknownVolunteer404()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        using var other = await VolunteerClientAsync(await ActiveVolunteerAsync("Другая"));

        await AssertProblemAsync(await IssueAsync(other, volunteerId), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await IssueAsync(Anonymous, volunteerId), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await IssueAsync(coordinator, Guid.NewGuid()), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Partners_VerifyWithCertificatesRead_AndAreRefusedWithoutIt()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        await WorkedShiftAsync(coordinator, await CampaignAsync(coordinator, "publish", "start"), volunteerId, hours: 2);
        var code = (await IssuedAsync(coordinator, volunteerId))["code"]!.GetValue<string>();
        using var admin = await AdminAsync();
        using var university = await Factory.RegisterAsync(admin, "University", PartnerScopes.CertificatesRead);
        using var portal = await Factory.RegisterAsync(admin, "City portal", PartnerScopes.StatsRead);

        Assert.That((await GetJsonAsync(university.Client, $"/api/v1/certificates/{code}"))["valid"]!.GetValue<bool>(), Is.True);
        await AssertProblemAsync(await portal.Client.GetAsync($"/api/v1/certificates/{code}"), HttpStatusCode.Forbidden);
    }
}
