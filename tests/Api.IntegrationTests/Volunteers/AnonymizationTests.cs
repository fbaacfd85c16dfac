using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary>The right to be forgotten: personal data erased for good, the record (and its hours) kept.</summary>
public sealed class AnonymizationTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task Anonymize_TakesExactlyThatNameOutOfTheSearch_AndLeavesEveryOtherOneFoundOnce()
    {
        var erasedOne = await AVolunteer().Named("Асель", "Нурланова", "Маратқызы").SaveAsync(Factory);
        var before = await AVolunteer().Named("Дана", "Нурланова").SaveAsync(Factory);
        await AVolunteer().Named("Ерлан", "Сейітов").SaveAsync(Factory);
        using var admin = await AdminAsync();

        Assert.That((await admin.PostAsync($"/api/v1/volunteers/{erasedOne.Id}/anonymize", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var after = await AVolunteer().Named("Жанар", "Нурланова").SaveAsync(Factory);

        var found = await GetJsonAsync(admin, "/api/v1/volunteers?search=нурланова");
        Assert.That(found["items"]!.AsArray().Select(v => v!["id"]!.GetValue<Guid>()), Is.EquivalentTo(new[] { before.Id, after.Id }),
            "the anonymised name is gone; the names added before and after it are each found once");
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers?search=асель"))["totalCount"]!.GetValue<int>(), Is.Zero);
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers?search=сейітов"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Anonymize_ErasesPersonalData_KeepsTheRecord_AndDeactivatesTheAccount()
    {
        var volunteer = await AVolunteer().Named("Асель", "Нурланова", "Маратқызы").SaveAsync(Factory);
        using var self = await VolunteerClientAsync(volunteer.Id);
        var refreshToken = (await (await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = volunteer.Email, password = VolunteerBuilder.Password })).ReadJsonAsync())["refreshToken"]!.GetValue<string>();
        using var admin = await AdminAsync();

        Assert.That((await admin.PostAsync($"/api/v1/volunteers/{volunteer.Id}/anonymize", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var erased = await GetJsonAsync(admin, $"/api/v1/volunteers/{volunteer.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(erased["firstName"]!.GetValue<string>(), Is.EqualTo("—"));
            Assert.That(erased["lastName"]!.GetValue<string>(), Is.EqualTo("—"));
            Assert.That(erased["middleName"], Is.Null);
            Assert.That(erased["iin"], Is.Null);
            Assert.That(erased["dateOfBirth"], Is.Null);
            Assert.That(erased["phone"], Is.Null);
            Assert.That(erased["email"], Is.Null);
            Assert.That(erased["status"]!.GetValue<string>(), Is.EqualTo("Retired"));
            Assert.That(erased["anonymizedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(erased["hours"]!.GetValue<decimal>(), Is.Zero);
        });
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "the record stays for the statistics");
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers?search=нурланова"))["totalCount"]!.GetValue<int>(), Is.Zero);
        Assert.That((await GetJsonAsync(admin, $"/api/v1/volunteers?search={volunteer.Iin}"))["totalCount"]!.GetValue<int>(), Is.Zero);
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = volunteer.Email, password = VolunteerBuilder.Password }), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken }), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Anonymize_AlsoErasesTheirApplication_AndThePersonMayApplyAgain()
    {
        var form = ApplicationBuilder.AnApplication().WithEmail("forget.me@test.local");
        var applicationId = await SubmitAsync(form);
        using var admin = await AdminAsync();
        var volunteerId = (await (await admin.PostAsync($"/api/v1/applications/{applicationId}/approve", null)).ReadJsonAsync())["volunteerId"]!.GetValue<string>();

        await admin.PostAsync($"/api/v1/volunteers/{volunteerId}/anonymize", null);

        var application = await GetJsonAsync(admin, $"/api/v1/applications/{applicationId}");
        Assert.That(application["iin"], Is.Null);
        Assert.That(application["email"], Is.Null);
        Assert.That(application["phone"], Is.Null);
        Assert.That(application["dateOfBirth"], Is.Null);
        Assert.That(application["lastName"]!.GetValue<string>(), Is.EqualTo("—"));
        Assert.That(application["status"]!.GetValue<string>(), Is.EqualTo("Approved"), "the decision stays");
        Assert.That((await ApplyAsync(ApplicationBuilder.AnApplication().WithEmail("forget.me@test.local"))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Anonymize_IsIrreversible_AndTheErasedRecordCannotBeChanged()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var admin = await AdminAsync();
        await admin.PostAsync($"/api/v1/volunteers/{volunteer.Id}/anonymize", null);

        await AssertProblemAsync(await admin.PostAsync($"/api/v1/volunteers/{volunteer.Id}/anonymize", null), HttpStatusCode.Conflict, "/volunteer-anonymized");
        await AssertProblemAsync(await admin.PatchAsync($"/api/v1/volunteers/{volunteer.Id}", JsonContentOf(new { phone = "+7 701 000 00 02" })), HttpStatusCode.Conflict, "/volunteer-anonymized");
        await AssertProblemAsync(await admin.PostJsonAsync($"/api/v1/volunteers/{volunteer.Id}/status", new { status = "Active", reason = "Back" }), HttpStatusCode.Conflict, "/volunteer-anonymized");
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/volunteers/{Guid.NewGuid()}/anonymize", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Anonymize_OfATrainee_KeepsTheirStatus()
    {
        var trainee = await ATrainee().SaveAsync(Factory);
        using var admin = await AdminAsync();
        await admin.PostAsync($"/api/v1/volunteers/{trainee.Id}/anonymize", null);
        var erased = await GetJsonAsync(admin, $"/api/v1/volunteers/{trainee.Id}");
        Assert.That(erased["iin"], Is.Null);
        Assert.That(erased["status"]!.GetValue<string>(), Is.EqualTo("Trainee"));
    }

    private static StringContent JsonContentOf(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value, Json.Options), System.Text.Encoding.UTF8, "application/json");
}
