using System.Net;
using System.Net.Http.Json;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Volunteers;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary>
/// Who may call each route of the applications and the registry: anonymous, the volunteer themself, another volunteer,
/// a trainer, a coordinator and an admin. Personal data is for staff and the person only.
/// </summary>
public sealed class AccessMatrixTests(TestDatabase database) : RegistryApiTest(database)
{
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;

    private Volunteer _self = null!;
    private Dictionary<string, HttpClient> _callers = null!;

    [SetUp]
    public async Task CreateCallers()
    {
        _self = await AVolunteer().Named("Сам", "Волонтер").SaveAsync(Factory);
        var other = await AVolunteer().Named("Другой", "Волонтер").SaveAsync(Factory);
        _callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = Factory.CreateClient(),
            ["self"] = await VolunteerClientAsync(_self.Id),
            ["other volunteer"] = await VolunteerClientAsync(other.Id),
            ["trainer"] = await TrainerAsync(),
            ["coordinator"] = await CoordinatorAsync(),
            ["admin"] = await AdminAsync(),
        };
    }

    [TearDown]
    public void DisposeCallers()
    {
        foreach (var client in _callers?.Values.ToList() ?? [])
        {
            client.Dispose();
        }
    }

    [Test]
    public Task SubmitApplication_IsOpenToEveryone() =>
        ExpectAsync(
            _ => JsonContent.Create(AnApplication().Build(HqToday), options: Json.Options),
            HttpMethod.Post, _ => "/api/v1/applications",
            anonymous: HttpStatusCode.Created, self: HttpStatusCode.Created, other: HttpStatusCode.Created,
            trainer: HttpStatusCode.Created, coordinator: HttpStatusCode.Created, admin: HttpStatusCode.Created);

    [Test]
    public Task ListApplications_IsForStaff() =>
        ExpectAsync(NoBody, HttpMethod.Get, _ => "/api/v1/applications",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);

    [Test]
    public async Task GetApplication_IsForStaff()
    {
        var id = await SubmitAsync(AnApplication());
        await ExpectAsync(NoBody, HttpMethod.Get, _ => $"/api/v1/applications/{id}",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);
    }

    [Test]
    public async Task ApproveApplication_IsForStaff()
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var caller in _callers.Keys)
        {
            ids[caller] = await SubmitAsync(AnApplication());
        }

        await ExpectAsync(NoBody, HttpMethod.Post, caller => $"/api/v1/applications/{ids[caller]}/approve",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);
    }

    [Test]
    public async Task RejectApplication_IsForStaff()
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var caller in _callers.Keys)
        {
            ids[caller] = await SubmitAsync(AnApplication());
        }

        await ExpectAsync(Body(new { reason = "No" }), HttpMethod.Post, caller => $"/api/v1/applications/{ids[caller]}/reject",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);
    }

    [Test]
    public Task ListVolunteers_IsForStaff() =>
        ExpectAsync(NoBody, HttpMethod.Get, _ => "/api/v1/volunteers",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);

    [Test]
    public Task GetVolunteer_IsForStaffAndTheVolunteerThemself() =>
        ExpectAsync(NoBody, HttpMethod.Get, _ => $"/api/v1/volunteers/{_self.Id}",
            anonymous: Unauthorized, self: HttpStatusCode.OK, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);

    [Test]
    public Task PatchVolunteer_IsForStaffAndTheVolunteerThemself() =>
        ExpectAsync(Body(new { phone = "+7 701 000 00 01" }), HttpMethod.Patch, _ => $"/api/v1/volunteers/{_self.Id}",
            anonymous: Unauthorized, self: HttpStatusCode.OK, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);

    [Test]
    public async Task ChangeVolunteerStatus_IsForStaff()
    {
        var statuses = new Dictionary<string, string> { ["coordinator"] = "Reserve", ["admin"] = "Active" };
        await ExpectAsync(
            caller => JsonContent.Create(new { status = statuses.GetValueOrDefault(caller, "Suspended"), reason = "Test" }),
            HttpMethod.Post, _ => $"/api/v1/volunteers/{_self.Id}/status",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.OK, admin: HttpStatusCode.OK);
    }

    [Test]
    public Task ImportVolunteers_IsForAdmins() =>
        ExpectAsync(Body(Array.Empty<object>()), HttpMethod.Post, _ => "/api/v1/volunteers/import",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: Forbidden, admin: HttpStatusCode.OK);

    [Test]
    public Task InviteVolunteer_IsForStaff() =>
        ExpectAsync(NoBody, HttpMethod.Post, _ => $"/api/v1/volunteers/{_self.Id}/invitation",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: HttpStatusCode.Created, admin: HttpStatusCode.Created);

    [Test]
    public async Task AnonymizeVolunteer_IsForAdmins()
    {
        var victim = await AVolunteer().SaveAsync(Factory);
        await ExpectAsync(NoBody, HttpMethod.Post, _ => $"/api/v1/volunteers/{victim.Id}/anonymize",
            anonymous: Unauthorized, self: Forbidden, other: Forbidden, trainer: Forbidden, coordinator: Forbidden, admin: HttpStatusCode.NoContent);
    }

    [Test]
    public async Task Anonymous_NeverSeesPersonalData_InAnyVolunteerRoute()
    {
        foreach (var url in new[] { "/api/v1/volunteers", $"/api/v1/volunteers/{_self.Id}", $"/api/v1/volunteers?search={_self.Iin}" })
        {
            var response = await _callers["anonymous"].GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(Unauthorized));
            Assert.That(text, Does.Not.Contain(_self.Iin!).And.Not.Contain(_self.Phone!).And.Not.Contain(_self.Email!));
        }
    }

    private static HttpContent? NoBody(string caller) => null;

    private static Func<string, HttpContent?> Body(object body) => _ => JsonContent.Create(body, options: Json.Options);

    private async Task ExpectAsync(
        Func<string, HttpContent?> body, HttpMethod method, Func<string, string> url,
        HttpStatusCode anonymous, HttpStatusCode self, HttpStatusCode other, HttpStatusCode trainer, HttpStatusCode coordinator, HttpStatusCode admin)
    {
        var expected = new Dictionary<string, HttpStatusCode>
        {
            ["anonymous"] = anonymous, ["self"] = self, ["other volunteer"] = other, ["trainer"] = trainer, ["coordinator"] = coordinator, ["admin"] = admin,
        };
        var actual = new Dictionary<string, HttpStatusCode>();
        foreach (var (caller, client) in _callers)
        {
            using var request = new HttpRequestMessage(method, url(caller)) { Content = body(caller) };
            var response = await client.SendAsync(request);
            actual[caller] = response.StatusCode;
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                await AssertProblemAsync(response, response.StatusCode);
            }
        }

        Assert.That(actual, Is.EqualTo(expected));
    }
}
