using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Volunteers;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary>The volunteer registry: filters, search, sorting, paging, reading, changing, status decisions.</summary>
public sealed class RegistryTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task List_FiltersByStatusDirectionAndDistrict_AndCombinesThem()
    {
        var nuraSocial = await AVolunteer().Named("Асель", "Нурланова").InDistrict("Nura").InDirections(2).SaveAsync(Factory);
        var nuraEmergency = await AVolunteer().Named("Бауыржан", "Жумабаев").InDistrict("Nura").InDirections(1, 3).SaveAsync(Factory);
        var yesilSocialReserve = await AVolunteer().Named("Дана", "Ким").InDistrict("Yesil").InDirections(2).WithStatus(VolunteerStatus.Reserve).SaveAsync(Factory);
        var trainee = await ATrainee().Named("Ерлан", "Сапаров").InDistrict("Almaty").InDirections(3).SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        Assert.That(await IdsAsync(coordinator, "?district=Nura"), Is.EquivalentTo(new[] { nuraSocial.Id, nuraEmergency.Id }));
        Assert.That(await IdsAsync(coordinator, "?directionId=2"), Is.EquivalentTo(new[] { nuraSocial.Id, yesilSocialReserve.Id }));
        Assert.That(await IdsAsync(coordinator, "?directionId=3"), Is.EquivalentTo(new[] { nuraEmergency.Id, trainee.Id }));
        Assert.That(await IdsAsync(coordinator, "?status=Reserve"), Is.EquivalentTo(new[] { yesilSocialReserve.Id }));
        Assert.That(await IdsAsync(coordinator, "?status=Trainee"), Is.EquivalentTo(new[] { trainee.Id }));
        Assert.That(await IdsAsync(coordinator, "?status=Active&district=Nura&directionId=2"), Is.EquivalentTo(new[] { nuraSocial.Id }));
        Assert.That(await IdsAsync(coordinator, "?district=Baikonur"), Is.Empty);
    }

    [Test]
    public async Task List_SearchesNamesCaseInsensitively_InCyrillic()
    {
        var aigerim = await AVolunteer().Named("Айгерим", "Серикова", "Болатқызы").SaveAsync(Factory);
        var fyodor = await AVolunteer().Named("Фёдор", "Ёлкин").SaveAsync(Factory);
        await AVolunteer().Named("Ержан", "Ахметов").SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        Assert.That(await IdsAsync(coordinator, "?search=серик"), Is.EqualTo(new[] { aigerim.Id }));
        Assert.That(await IdsAsync(coordinator, "?search=АЙГЕРИМ"), Is.EqualTo(new[] { aigerim.Id }));
        Assert.That(await IdsAsync(coordinator, "?search=болатқызы"), Is.EqualTo(new[] { aigerim.Id }));
        Assert.That(await IdsAsync(coordinator, "?search=елкин"), Is.EqualTo(new[] { fyodor.Id }), "ё and е are the same letter to the search");
        Assert.That(await IdsAsync(coordinator, "?search=Смирнов"), Is.Empty);
    }

    [Test]
    public async Task List_SearchesAnyPartOfTheName_AlsoShortOrOddKeys()
    {
        var aigerim = await AVolunteer().Named("Айгерим", "Серикова").SaveAsync(Factory);
        var yerzhan = await AVolunteer().Named("Ержан", "Ахметов").SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        Assert.That(await IdsAsync(coordinator, "?search=ерико"), Is.EqualTo(new[] { aigerim.Id }), "the middle of a word");
        Assert.That(await IdsAsync(coordinator, "?search=" + Uri.EscapeDataString("серикова айг")), Is.EqualTo(new[] { aigerim.Id }), "across words");
        Assert.That(await IdsAsync(coordinator, "?search=ах"), Is.EqualTo(new[] { yerzhan.Id }), "two letters");
        Assert.That(await IdsAsync(coordinator, "?search=" + Uri.EscapeDataString("ов\" OR а")), Is.Empty, "quotes are text, not query syntax");
        Assert.That(await IdsAsync(coordinator, "?search=" + Uri.EscapeDataString("ай%им")), Is.Empty, "% is text, not a LIKE wildcard");
        Assert.That(await IdsAsync(coordinator, "?search=" + Uri.EscapeDataString("ер_ан")), Is.Empty, "_ is text, not a LIKE wildcard");
    }

    [Test]
    public async Task List_SearchOfACommonName_CountsPagesAndFiltersAllMatches_AsARareOneDoes()
    {
        // Over 200 matches the name index answers the count and the page itself; up to 200 their ids do (one read of it).
        var common = await VolunteerBuilder.SaveManyAsync(Factory, Enumerable.Range(0, 205).Select(i => AVolunteer().Named($"Имя{i:D3}", "Кожахметов")));
        var reserve = await AVolunteer().Named("Арман", "Кожахметов").WithStatus(VolunteerStatus.Reserve).SaveAsync(Factory);
        await AVolunteer().Named("Арман", "Сейтжанов").SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        var page = await GetJsonAsync(coordinator, "/api/v1/volunteers?search=кожахмет&sort=firstName&pageSize=20&page=2");
        Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(206));
        var byFirstName = common.Append(reserve).OrderBy(v => v.FirstName, StringComparer.Ordinal).Select(v => v.Id);
        Assert.That(Ids(page), Is.EqualTo(byFirstName.Skip(20).Take(20)));
        Assert.That(await IdsAsync(coordinator, "?search=кожахмет&status=Reserve"), Is.EqualTo(new[] { reserve.Id }));
        var few = await GetJsonAsync(coordinator, "/api/v1/volunteers?search=" + Uri.EscapeDataString("арман"));
        Assert.That(few["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task List_SearchesPhonesInAnySpelling_AndIinsByTheirStart()
    {
        var first = await AVolunteer().WithPhone("+7 701 111 22 33").BornOn(new DateOnly(1990, 1, 2)).SaveAsync(Factory);
        var second = await AVolunteer().WithPhone("+7 747 444 55 66").BornOn(new DateOnly(2001, 7, 8)).SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        Assert.That(await IdsAsync(coordinator, "?search=" + Uri.EscapeDataString("8 (701) 111-22-33")), Is.EqualTo(new[] { first.Id }));
        Assert.That(await IdsAsync(coordinator, "?search=444 55"), Is.EqualTo(new[] { second.Id }));
        Assert.That(await IdsAsync(coordinator, "?search=" + second.Iin), Is.EqualTo(new[] { second.Id }));
        Assert.That(await IdsAsync(coordinator, "?search=900102"), Is.EqualTo(new[] { first.Id }));
    }

    [Test]
    public async Task List_SortsByNameOrCreation_AndPages()
    {
        var names = new[] { "Жумабаев", "Ахметов", "Ким", "Бекова", "Ермеков" };
        var created = new List<Volunteer>();
        foreach (var name in names)
        {
            created.Add(await AVolunteer().Named("Имя", name).SaveAsync(Factory));
            Clock.Advance(TimeSpan.FromSeconds(10));
        }

        using var coordinator = await CoordinatorAsync();
        var byName = created.OrderBy(v => v.LastName, StringComparer.Ordinal).Select(v => v.Id).ToArray();
        var page1 = await GetJsonAsync(coordinator, "/api/v1/volunteers?pageSize=2");
        Assert.That(page1["totalCount"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(Ids(page1), Is.EqualTo(byName[..2]));
        Assert.That(await IdsAsync(coordinator, "?pageSize=2&page=3"), Is.EqualTo(byName[4..]));
        Assert.That(await IdsAsync(coordinator, "?sort=-lastName"), Is.EqualTo(byName.Reverse()));
        Assert.That(await IdsAsync(coordinator, "?sort=createdAt"), Is.EqualTo(created.Select(v => v.Id)));
        Assert.That(await IdsAsync(coordinator, "?sort=-createdAt"), Is.EqualTo(created.Select(v => v.Id).Reverse()));
    }

    [TestCase("?sort=iin")]
    [TestCase("?pageSize=0")]
    [TestCase("?status=Sleeping")]
    public async Task List_WithInvalidQuery_Returns400(string query)
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/volunteers{query}"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Get_ReturnsTheVolunteerInTheContractShape()
    {
        var volunteer = await AVolunteer().Named("Асель", "Нурланова", "Маратқызы").BornOn(new DateOnly(1998, 2, 3)).InDistrict("Nura").Speaking("ru", "en").InDirections(2, 5).SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        var body = (await GetJsonAsync(coordinator, $"/api/v1/volunteers/{volunteer.Id}")).AsObject();

        Assert.That(body.Select(p => p.Key), Is.SupersetOf(new[]
        {
            "id", "firstName", "lastName", "middleName", "iin", "dateOfBirth", "phone", "email", "district", "languages",
            "directionIds", "messageLanguage", "nonEmergencyMessages", "status", "currentStage", "hours", "noShows",
        }));
        Assert.Multiple(() =>
        {
            Assert.That(body["dateOfBirth"]!.GetValue<string>(), Is.EqualTo("1998-02-03"));
            Assert.That(body["district"]!.GetValue<string>(), Is.EqualTo("Nura"));
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(body["currentStage"], Is.Null);
            Assert.That(body["messageLanguage"]!.GetValue<string>(), Is.EqualTo("ru"));
            Assert.That(body["nonEmergencyMessages"]!.GetValue<bool>(), Is.True);
            Assert.That(body["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EquivalentTo(new[] { 2, 5 }));
        });
    }

    [Test]
    public async Task Get_UnknownVolunteer_Returns404ToStaff()
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/volunteers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Patch_ByStaff_ChangesContactDistrictLanguagesDirectionsAndPreferences()
    {
        var volunteer = await AVolunteer().Speaking("kk", "ru").InDirections(1, 2).SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        var response = await coordinator.PatchAsync($"/api/v1/volunteers/{volunteer.Id}", JsonBody(new
        {
            phone = "8 747 000 11 22",
            email = "New.Address@Test.local",
            district = "Saryarka",
            languages = new[] { "ru", "en" },
            directionIds = new[] { 2, 4 },
            nonEmergencyMessages = false,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await GetJsonAsync(coordinator, $"/api/v1/volunteers/{volunteer.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(body["phone"]!.GetValue<string>(), Is.EqualTo("+77470001122"));
            Assert.That(body["email"]!.GetValue<string>(), Is.EqualTo("new.address@test.local"));
            Assert.That(body["district"]!.GetValue<string>(), Is.EqualTo("Saryarka"));
            Assert.That(body["languages"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "ru", "en" }));
            Assert.That(body["messageLanguage"]!.GetValue<string>(), Is.EqualTo("ru"), "kk is no longer spoken, so messages move to the first language");
            Assert.That(body["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EquivalentTo(new[] { 2, 4 }));
            Assert.That(body["nonEmergencyMessages"]!.GetValue<bool>(), Is.False);
        });
        Assert.That(await IdsAsync(coordinator, "?directionId=1"), Is.Empty, "the dropped direction no longer lists them");
    }

    [Test]
    public async Task Patch_ByTheVolunteer_ChangesContactAndPreferences_AndTheirSignInEmail()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var self = await VolunteerClientAsync(volunteer.Id);

        var response = await self.PatchAsync($"/api/v1/volunteers/{volunteer.Id}", JsonBody(new { phone = "+7 705 123 45 67", email = "mine@test.local", messageLanguage = "en" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        Assert.That(body["phone"]!.GetValue<string>(), Is.EqualTo("+77051234567"));
        Assert.That(body["messageLanguage"]!.GetValue<string>(), Is.EqualTo("en"));
        Assert.That(await LoginAsync("mine@test.local", VolunteerBuilder.Password), Is.Not.Empty, "the account signs in with the new e-mail");
    }

    [TestCase("district", "Nura")]
    [TestCase("languages", new[] { "en" })]
    [TestCase("directionIds", new[] { 1 })]
    public async Task Patch_ByTheVolunteer_OfStaffOnlyFields_Returns403(string field, object value)
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var self = await VolunteerClientAsync(volunteer.Id);
        await AssertProblemAsync(await self.PatchAsync($"/api/v1/volunteers/{volunteer.Id}", JsonBody(new Dictionary<string, object> { [field] = value })), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Patch_WithInvalidData_Returns400PerField()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        var response = await coordinator.PatchAsync($"/api/v1/volunteers/{volunteer.Id}", JsonBody(new
        {
            phone = "12345", email = "nope", district = "Atlantis", languages = new[] { "de" }, directionIds = new[] { 1, 2, 3, 4 }, messageLanguage = "fr",
        }));
        foreach (var field in new[] { "phone", "email", "district", "languages", "directionIds", "messageLanguage" })
        {
            Assert.That(await FieldErrorsAsync(response, field), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Patch_WithAnotherVolunteersEmail_Returns409()
    {
        await AVolunteer().WithEmail("taken@test.local").SaveAsync(Factory);
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.PatchAsync($"/api/v1/volunteers/{volunteer.Id}", JsonBody(new { email = "taken@test.local" })), HttpStatusCode.Conflict, "/volunteer-email-taken");
    }

    [Test]
    public async Task ChangeStatus_MovesAFinishedVolunteer_WithAReason()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        var response = await coordinator.PostJsonAsync($"/api/v1/volunteers/{volunteer.Id}/status", new { status = "Reserve", reason = "Exams this semester" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Reserve"));
        Assert.That(body["statusReason"]!.GetValue<string>(), Is.EqualTo("Exams this semester"));
        Assert.That((await coordinator.PostJsonAsync($"/api/v1/volunteers/{volunteer.Id}/status", new { status = "Active", reason = "Back" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ChangeStatus_AgainstTheLifecycle_Returns409NamingTheRule()
    {
        var trainee = await ATrainee().SaveAsync(Factory);
        var active = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/volunteers/{trainee.Id}/status", new { status = "Active", reason = "Skip the school" }), HttpStatusCode.Conflict, "/volunteer-trainee-status-locked");
        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/volunteers/{active.Id}/status", new { status = "Trainee", reason = "Again" }), HttpStatusCode.Conflict, "/volunteer-cannot-return-to-trainee");
        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/volunteers/{active.Id}/status", new { status = "Active", reason = "Same" }), HttpStatusCode.Conflict, "/volunteer-status-unchanged");
    }

    [Test]
    public async Task ChangeStatus_WithoutReasonOrStatus_Returns400()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        Assert.That(await FieldErrorsAsync(await coordinator.PostJsonAsync($"/api/v1/volunteers/{volunteer.Id}/status", new { status = "Retired" }), "reason"), Is.Not.Empty);
        Assert.That(await FieldErrorsAsync(await coordinator.PostJsonAsync($"/api/v1/volunteers/{volunteer.Id}/status", new { reason = "x" }), "status"), Is.Not.Empty);
    }

    private static StringContent JsonBody(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value, Json.Options), System.Text.Encoding.UTF8, "application/json");

    private static async Task<Guid[]> IdsAsync(HttpClient client, string query) => Ids(await GetJsonAsync(client, "/api/v1/volunteers" + query));

    private static Guid[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(item => Guid.Parse(item!["id"]!.GetValue<string>()))];
}
