using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary>IIN, phone, e-mail and birth date never reach the logs, whatever the applicants and staff do.</summary>
public sealed class PersonalDataLoggingTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task ApplyingApprovingSearchingAndInviting_LogNoPersonalData()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = Factory.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Volunteers", "Trace")
            .ConfigureLogging(l => l.AddProvider(logs)));
        using var client = factory.CreateClient();
        var birthDate = new DateOnly(2009, 8, 17);
        var iin = Iins.For(birthDate);
        var form = AnApplication().WithIin(iin).BornOn(birthDate).WithEmail("private.person@test.local").With("phone", "+7 705 987 65 43").WithGuardian("Parent Name", "+7 708 111 22 33");

        var created = await client.PostJsonAsync("/api/v1/applications", form.Build(HqToday));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        await client.PostJsonAsync("/api/v1/applications", form.Build(HqToday));
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await LoginAsync(VolunteersApiFactory.AdminEmail, VolunteersApiFactory.AdminPassword));
        var volunteerId = (await (await admin.PostAsync($"/api/v1/applications/{id}/approve", null)).ReadJsonAsync())["volunteerId"]!.GetValue<string>();
        await admin.GetAsync($"/api/v1/volunteers?search={iin}");
        await admin.GetAsync($"/api/v1/volunteers/{volunteerId}");
        await admin.PostAsync($"/api/v1/volunteers/{volunteerId}/invitation", null);

        Assert.That(logs.Lines, Is.Not.Empty, "the capture works");
        Assert.That(logs.Lines, Has.None.Contain(iin).And.None.Contain("7059876543").And.None.Contain("private.person@test.local")
            .And.None.Contain("2009-08-17").And.None.Contain("7081112233"));
    }
}
