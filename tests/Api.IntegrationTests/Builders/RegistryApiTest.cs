using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>Base of the applications and registry tests: the HQ's date and the steps many of them take through the API.</summary>
public abstract class RegistryApiTest(TestDatabase database) : ApiTest(database)
{
    protected const string VolunteerPassword = "Volunt33r-2026!";

    protected Task<HttpResponseMessage> ApplyAsync(ApplicationBuilder application, HttpClient? client = null) =>
        (client ?? Anonymous).PostJsonAsync("/api/v1/applications", application.Build(HqToday));

    /// <summary>Sends a valid application and returns its id.</summary>
    protected async Task<Guid> SubmitAsync(ApplicationBuilder application)
    {
        var response = await ApplyAsync(application);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.ReadJsonAsync())["id"]!.GetValue<string>());
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
