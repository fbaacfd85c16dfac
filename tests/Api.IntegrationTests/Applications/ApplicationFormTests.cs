using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;

namespace Volunteers.Api.IntegrationTests.Applications;

/// <summary>The public form: one test per data rule of SPEC §4, each a field-level 400.</summary>
public sealed class ApplicationFormTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task Apply_WithValidForm_Returns201WithLocationAndSubmittedStatus()
    {
        var response = await ApplyAsync(AnApplication());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        var id = body["id"]!.GetValue<string>();
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/applications/{id}"));
        Assert.That(body.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "id", "status" }), "nothing personal goes back to an anonymous caller");
    }

    [Test]
    public async Task Apply_RecordsConsentWithTimeAndTextVersion_AndStoresTheForm()
    {
        var id = await SubmitAsync(AnApplication().With("phone", "8 (701) 234-56-78").WithEmail("Aigerim.S@Example.KZ"));

        using var coordinator = await CoordinatorAsync();
        var application = await GetJsonAsync(coordinator, $"/api/v1/applications/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(application["personalDataConsent"]!["givenAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(application["personalDataConsent"]!["textVersion"]!.GetValue<string>(), Is.EqualTo("pd-consent-2026-01"));
            Assert.That(application["phone"]!.GetValue<string>(), Is.EqualTo("+77012345678"));
            Assert.That(application["email"]!.GetValue<string>(), Is.EqualTo("aigerim.s@example.kz"));
            Assert.That(application["district"]!.GetValue<string>(), Is.EqualTo("Yesil"));
            Assert.That(application["languages"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "ru", "kk" }));
            Assert.That(application["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EqualTo(new[] { 2 }));
            Assert.That(application["guardian"], Is.Null);
        });
    }

    // --- IIN -------------------------------------------------------------------------------------------------

    [TestCase("12345", "The IIN must consist of exactly 12 digits.")]
    [TestCase("9005153000189", "The IIN must consist of exactly 12 digits.")]
    [TestCase("90051530001a", "The IIN must consist of exactly 12 digits.")]
    [TestCase("900515700018", "The 7th digit of the IIN (century and sex) must be from 1 to 6.")]
    [TestCase("901315300018", "The first six digits of the IIN are not a valid birth date.")]
    [TestCase("900515300019", "The check digit of the IIN is wrong.")]
    public async Task Apply_WithInvalidIin_Returns400NamingTheIinRule(string iin, string message)
    {
        var response = await ApplyAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1990, 5, 15)));
        Assert.That(await FieldErrorsAsync(response, "iin"), Is.EqualTo(new[] { message }));
    }

    [Test]
    public async Task Apply_WithoutIin_Returns400OnIin()
    {
        var response = await ApplyAsync(AnApplication().Without("iin"));
        Assert.That(await FieldErrorsAsync(response, "iin"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Apply_WhenSecondWeightSetGivesTheCheckDigit_Accepts()
    {
        // 90051530090: weights 1..11 give 10, weights 3..11,1,2 give 8.
        var response = await ApplyAsync(AnApplication().WithIin("900515300908").BornOn(new DateOnly(1990, 5, 15)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Apply_WhenBothWeightSetsGiveTen_Returns400WithCheckDigitError()
    {
        var response = await ApplyAsync(AnApplication().WithIin("900515300910").BornOn(new DateOnly(1990, 5, 15)));
        Assert.That(await FieldErrorsAsync(response, "iin"), Is.EqualTo(new[] { "The check digit of the IIN is wrong." }));
    }

    [Test]
    public async Task Apply_WithIinOfAnotherBirthDate_Returns400BirthDateMismatch()
    {
        var iin = Iins.For(new DateOnly(1990, 5, 15));
        var response = await ApplyAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1990, 5, 16)));
        Assert.That(await FieldErrorsAsync(response, "iin"), Is.EqualTo(new[] { "The birth date in the IIN does not match the date of birth." }));
    }

    [Test]
    public async Task Apply_WithWrongCheckDigit_ExplainsInTheRequestedLanguage()
    {
        var form = AnApplication().WithIin(Iins.WithWrongCheckDigit(Iins.For(new DateOnly(1990, 5, 15)))).BornOn(new DateOnly(1990, 5, 15));
        foreach (var (language, message) in new[] { ("ru", "Контрольная цифра ИИН неверна."), ("kk", "ЖСН-нің бақылау цифры қате.") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(form.Build(HqToday), options: Json.Options) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            Assert.That(await FieldErrorsAsync(await Anonymous.SendAsync(request), "iin"), Is.EqualTo(new[] { message }));
        }
    }

    // --- Phone -----------------------------------------------------------------------------------------------

    [TestCase("8 701 234 56 78")]
    [TestCase("+7 (701) 234-56-78")]
    [TestCase("+77012345678")]
    [TestCase("87012345678")]
    [TestCase("8(701)2345678")]
    [TestCase("7012345678")]
    public async Task Apply_WithPhoneInAUsualSpelling_StoresE164(string phone)
    {
        var id = await SubmitAsync(AnApplication().With("phone", phone));
        using var coordinator = await CoordinatorAsync();
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/applications/{id}"))["phone"]!.GetValue<string>(), Is.EqualTo("+77012345678"));
    }

    [TestCase("12345")]
    [TestCase("+7 7172 55 66 77")]
    [TestCase("+1 202 555 0143")]
    [TestCase("")]
    public async Task Apply_WithoutAKazakhMobilePhone_Returns400OnPhone(string phone)
    {
        var response = await ApplyAsync(AnApplication().With("phone", phone));
        Assert.That(await FieldErrorsAsync(response, "phone"), Has.Count.EqualTo(1));
    }

    // --- Age and guardian --------------------------------------------------------------------------------------

    [Test]
    public async Task Apply_Aged13_Returns400TooYoung()
    {
        var response = await ApplyAsync(AnApplication().WithAge(13).WithGuardian());
        Assert.That(await FieldErrorsAsync(response, "dateOfBirth"), Is.EqualTo(new[] { "Volunteers must be at least 14 years old." }));
    }

    [Test]
    public async Task Apply_TheDayBeforeTurning14_Returns400TooYoung()
    {
        var response = await ApplyAsync(AnApplication().BornOn(HqToday.AddYears(-14).AddDays(1)).WithGuardian());
        Assert.That(await FieldErrorsAsync(response, "dateOfBirth"), Is.EqualTo(new[] { "Volunteers must be at least 14 years old." }));
    }

    [TestCase(14)]
    [TestCase(17)]
    public async Task Apply_Aged14To17_WithGuardian_IsAcceptedAndKeepsTheGuardian(int age)
    {
        var id = await SubmitAsync(AnApplication().WithAge(age).WithGuardian("Серикова Динара Ахметовна", "8 777 123 45 67"));
        using var coordinator = await CoordinatorAsync();
        var guardian = (await GetJsonAsync(coordinator, $"/api/v1/applications/{id}"))["guardian"]!;
        Assert.That(guardian["fullName"]!.GetValue<string>(), Is.EqualTo("Серикова Динара Ахметовна"));
        Assert.That(guardian["phone"]!.GetValue<string>(), Is.EqualTo("+77771234567"));
    }

    [TestCase(14)]
    [TestCase(17)]
    public async Task Apply_Aged14To17_WithoutGuardian_Returns400OnGuardian(int age)
    {
        var response = await ApplyAsync(AnApplication().WithAge(age));
        Assert.That(await FieldErrorsAsync(response, "guardian"), Is.EqualTo(new[] { "Applicants aged 14 to 17 need a guardian: give the guardian's full name and phone." }));
    }

    [Test]
    public async Task Apply_Minor_WithIncompleteGuardian_Returns400OnGuardianFields()
    {
        var response = await ApplyAsync(AnApplication().WithAge(15).WithGuardian(fullName: " ", phone: "12345"));
        Assert.That(await FieldErrorsAsync(response, "guardian.fullName"), Has.Count.EqualTo(1));
        Assert.That(await FieldErrorsAsync(response, "guardian.phone"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Apply_Aged18_NeedsNoGuardian()
    {
        var id = await SubmitAsync(AnApplication().WithAge(18).WithGuardian());
        using var coordinator = await CoordinatorAsync();
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/applications/{id}"))["guardian"], Is.Null, "an adult's guardian is not kept");
    }

    [Test]
    public async Task Apply_AgeCountsOnTheHqDate_NotTheServersUtcDate()
    {
        // 20:00 UTC is already 01:00 the next day in Astana (UTC+5): on that HQ date the applicant turns 14.
        var now = Clock.GetUtcNow();
        var evening = new DateTimeOffset(now.Year, now.Month, now.Day, 20, 0, 0, TimeSpan.Zero);
        Clock.Advance(evening > now ? evening - now : evening.AddDays(1) - now);
        var utcDate = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        Assert.That(HqToday, Is.EqualTo(utcDate.AddDays(1)));

        var response = await ApplyAsync(AnApplication().BornOn(HqToday.AddYears(-14)).WithGuardian());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Apply_BornInTheFuture_Returns400OnDateOfBirth()
    {
        var response = await ApplyAsync(AnApplication().BornOn(HqToday.AddDays(1)));
        Assert.That(await FieldErrorsAsync(response, "dateOfBirth"), Has.One.Contains("cannot be in the future"));
    }

    // --- Consent, district, directions, languages, lengths -----------------------------------------------------

    [TestCase(false)]
    [TestCase(null)]
    public async Task Apply_WithoutConsent_Returns400OnConsent(bool? consent)
    {
        var response = await ApplyAsync(AnApplication().With("personalDataConsent", consent));
        Assert.That(await FieldErrorsAsync(response, "personalDataConsent"), Is.EqualTo(new[] { "Consent to the processing of personal data is required." }));
    }

    [TestCase("Downtown")]
    [TestCase("yesil")]
    [TestCase(null)]
    public async Task Apply_WithUnknownDistrict_Returns400OnDistrict(string? district)
    {
        var response = await ApplyAsync(AnApplication().With("district", district));
        Assert.That(await FieldErrorsAsync(response, "district"), Has.Count.EqualTo(1));
    }

    [TestCase(new int[0])]
    [TestCase(new[] { 1, 2, 3, 4 })]
    [TestCase(new[] { 2, 2 })]
    public async Task Apply_WithoutOneToThreeDifferentDirections_Returns400OnDirections(int[] directionIds)
    {
        var response = await ApplyAsync(AnApplication().WithDirections(directionIds));
        Assert.That(await FieldErrorsAsync(response, "directionIds"), Is.EqualTo(new[] { "Choose from 1 to 3 different directions." }));
    }

    [Test]
    public async Task Apply_WithThreeDirections_IsAccepted()
    {
        var response = await ApplyAsync(AnApplication().WithDirections(1, 2, 3));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Apply_WithUnknownOrDeactivatedDirection_Returns400OnDirections()
    {
        using var admin = await AdminAsync();
        Assert.That((await admin.PostAsync("/api/v1/directions/6/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        foreach (var directions in new[] { new[] { 2, 999 }, new[] { 6 } })
        {
            var response = await ApplyAsync(AnApplication().WithDirections(directions));
            Assert.That(await FieldErrorsAsync(response, "directionIds"), Is.EqualTo(new[] { "Every direction must exist and be active." }));
        }
    }

    [Test]
    public async Task Apply_WithUnsupportedOrNoLanguages_Returns400OnLanguages()
    {
        Assert.That(await FieldErrorsAsync(await ApplyAsync(AnApplication().WithLanguages("ru", "de")), "languages"), Has.Count.EqualTo(1));
        Assert.That(await FieldErrorsAsync(await ApplyAsync(AnApplication().WithLanguages()), "languages"), Has.Count.EqualTo(1));
    }

    [TestCase("firstName", 101)]
    [TestCase("lastName", 101)]
    [TestCase("middleName", 101)]
    [TestCase("motivation", 2001)]
    [TestCase("email", 255)]
    public async Task Apply_WithTooLongText_Returns400OnThatField(string field, int length)
    {
        var value = field == "email" ? new string('a', length - "@test.local".Length) + "@test.local" : new string('а', length);
        Assert.That(await FieldErrorsAsync(await ApplyAsync(AnApplication().With(field, value)), field), Is.Not.Empty);
    }

    [Test]
    public async Task Apply_WithLongestAllowedTexts_IsAccepted()
    {
        var response = await ApplyAsync(AnApplication().With("firstName", new string('а', 100)).With("motivation", new string('м', 2000)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase("firstName")]
    [TestCase("lastName")]
    [TestCase("email")]
    [TestCase("dateOfBirth")]
    public async Task Apply_WithoutRequiredField_Returns400OnThatField(string field)
    {
        Assert.That(await FieldErrorsAsync(await ApplyAsync(AnApplication().Without(field)), field), Is.Not.Empty);
    }

    [Test]
    public async Task Apply_WithInvalidEmail_Returns400OnEmail()
    {
        Assert.That(await FieldErrorsAsync(await ApplyAsync(AnApplication().With("email", "not-an-address")), "email"), Is.Not.Empty);
    }

    [Test]
    public async Task Apply_Errors_NeverEchoThePersonalDataSent()
    {
        var iin = Iins.WithWrongCheckDigit(Iins.For(new DateOnly(1990, 5, 15)));
        var response = await ApplyAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1990, 5, 15)).With("phone", "+1 202 555 0143").With("email", "bad@@mail"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Not.Contain(iin).And.Not.Contain("555").And.Not.Contain("bad@@mail").And.Not.Contain("1990-05-15"));
    }

    [Test]
    public async Task Apply_WithDateThatIsNoDate_Returns400Malformed()
    {
        var response = await ApplyAsync(AnApplication().With("dateOfBirth", "15.13.2000"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/malformed-request");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("15.13.2000"));
    }

    [Test]
    public async Task Apply_DateOfBirthIsReadAsYyyyMmDd()
    {
        var birthDate = HqToday.AddYears(-30);
        var id = await SubmitAsync(AnApplication().BornOn(birthDate));
        using var coordinator = await CoordinatorAsync();
        var stored = (await GetJsonAsync(coordinator, $"/api/v1/applications/{id}"))["dateOfBirth"]!.GetValue<string>();
        Assert.That(stored, Is.EqualTo(birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
