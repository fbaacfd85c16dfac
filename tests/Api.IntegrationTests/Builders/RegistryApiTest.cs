using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>Base of the applications and registry tests: the HQ's date and the steps many of them take through the API.</summary>
public abstract class RegistryApiTest(TestDatabase database) : ApiTest(database)
{
    protected const string VolunteerPassword = "Volunt33r-2026!";

    /// <summary>Today in the HQ's time zone, by the tests' clock.</summary>
    protected DateOnly HqToday => Factory.Services.GetRequiredService<IHqCalendar>().Today;

    protected Task<HttpResponseMessage> ApplyAsync(ApplicationBuilder application, HttpClient? client = null) =>
        (client ?? Anonymous).PostJsonAsync("/api/v1/applications", application.Build(HqToday));

    /// <summary>Sends a valid application and returns its id.</summary>
    protected async Task<Guid> SubmitAsync(ApplicationBuilder application)
    {
        var response = await ApplyAsync(application);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.ReadJsonAsync())["id"]!.GetValue<string>());
    }

    /// <summary>The volunteer signed in with their own account, opened through a staff invitation like a real one.</summary>
    protected async Task<HttpClient> SignInAsVolunteerAsync(Volunteer volunteer)
    {
        using var admin = await AdminAsync();
        var invited = await admin.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null);
        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Created), await invited.Content.ReadAsStringAsync());
        var token = (await invited.ReadJsonAsync())["token"]!.GetValue<string>();
        var accepted = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = VolunteerPassword });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await accepted.Content.ReadAsStringAsync());
        return ClientWithToken(await LoginAsync(volunteer.Email!, VolunteerPassword));
    }

    protected static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>The validation messages of one field of a 400 problem.</summary>
    protected static async Task<IReadOnlyList<string>> FieldErrorsAsync(HttpResponseMessage response, string field)
    {
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.ContainsKey(field), Is.True, $"expected an error on '{field}', got {errors.ToJsonString()}");
        return [.. errors[field]!.AsArray().Select(m => m!.GetValue<string>())];
    }
}
