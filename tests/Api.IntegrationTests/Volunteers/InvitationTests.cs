using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Email;
using Volunteers.Infrastructure.Persistence;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary>Volunteer accounts: staff invite, the volunteer sets a password, then signs in with their e-mail.</summary>
public sealed class InvitationTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task Invitation_IsRedeemedOnce_ThenTheVolunteerSignsInWithTheirEmail_AndSeesTheirVolunteerId()
    {
        var volunteer = await AVolunteer().Named("Асель", "Нурланова").WithEmail("asel.n@test.local").SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        var invited = await coordinator.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null);

        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Created), await invited.Content.ReadAsStringAsync());
        Assert.That(invited.Headers.Location, Is.Not.Null);
        var invitation = await invited.ReadJsonAsync();
        var token = invitation["token"]!.GetValue<string>();
        Assert.That(invitation["expiresAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow().AddDays(7)));
        Assert.That(invitation["emailed"]!.GetValue<bool>(), Is.True);

        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = VolunteerPassword })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var self = ClientWithToken(await LoginAsync("ASEL.N@test.local", VolunteerPassword));
        var me = await GetJsonAsync(self, "/api/v1/me");
        Assert.That(me["volunteerId"]!.GetValue<Guid>(), Is.EqualTo(volunteer.Id));
        Assert.That(me["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Volunteer" }));
        Assert.That(me["fullName"]!.GetValue<string>(), Is.EqualTo("Асель Нурланова"));
        Assert.That((await GetJsonAsync(self, $"/api/v1/volunteers/{volunteer.Id}"))["email"]!.GetValue<string>(), Is.EqualTo("asel.n@test.local"));

        var reused = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = "An0ther-Pass-1" });
        await AssertProblemAsync(reused, HttpStatusCode.Conflict, "/invitation-already-used");
    }

    [Test]
    public async Task Invitation_AfterSevenDays_HasExpired()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        var token = (await (await coordinator.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null)).ReadJsonAsync())["token"]!.GetValue<string>();

        Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = VolunteerPassword }), HttpStatusCode.Conflict, "/invitation-expired");
    }

    [Test]
    public async Task SecondInvitation_KeepsTheOneAccount()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        await coordinator.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null);
        var second = (await (await coordinator.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null)).ReadJsonAsync())["token"]!.GetValue<string>();

        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = second, password = VolunteerPassword })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.That(await db.UserAccounts.CountAsync(a => a.VolunteerId == volunteer.Id), Is.EqualTo(1));
        Assert.That(await LoginAsync(volunteer.Email!, VolunteerPassword), Is.Not.Empty);
    }

    [TestCase("kk", "Волонтер есептік жазбаңыз", "Сәлеметсіз бе")]
    [TestCase("ru", "Ваша учётная запись волонтёра", "Здравствуйте")]
    [TestCase("en", "Your volunteer account", "Hello")]
    public async Task Invitation_IsEmailedInTheVolunteersMessageLanguage(string language, string subject, string greeting)
    {
        var volunteer = await AVolunteer().Speaking(language).SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        var token = (await (await coordinator.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null)).ReadJsonAsync())["token"]!.GetValue<string>();

        var mail = await FindMailToAsync(volunteer.Email!);
        Assert.That(mail.Subject, Is.EqualTo(subject));
        Assert.That(mail.TextBody, Does.StartWith(greeting).And.Contain(token).And.Contain(volunteer.Email!));
    }

    [Test]
    public async Task Invitation_ForAnUnknownOrErasedVolunteer_IsRefused()
    {
        using var admin = await AdminAsync();
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/volunteers/{Guid.NewGuid()}/invitation", null), HttpStatusCode.NotFound);
        var erased = await AVolunteer().SaveAsync(Factory);
        await admin.PostAsync($"/api/v1/volunteers/{erased.Id}/anonymize", null);
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/volunteers/{erased.Id}/invitation", null), HttpStatusCode.Conflict, "/volunteer-anonymized");
    }

    [Test]
    public async Task Invitation_WhenAStaffAccountUsesTheEmail_Returns409()
    {
        var staff = await StaffAsync("Trainer");
        var volunteer = await AVolunteer().WithEmail(staff.Email).SaveAsync(Factory);
        using var admin = await AdminAsync();
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/volunteers/{volunteer.Id}/invitation", null), HttpStatusCode.Conflict, "/account-email-taken");
    }

    [Test]
    public async Task SignedInVolunteer_ReadsOnlyTheirOwnRecord()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        var other = await AVolunteer().SaveAsync(Factory);
        using var self = await VolunteerClientAsync(volunteer.Id);

        Assert.That((await self.GetAsync($"/api/v1/volunteers/{volunteer.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var foreign = await self.GetAsync($"/api/v1/volunteers/{other.Id}");
        await AssertProblemAsync(foreign, HttpStatusCode.Forbidden);
        Assert.That(await foreign.Content.ReadAsStringAsync(), Does.Not.Contain(other.Iin!).And.Not.Contain(other.Email!));
        await AssertProblemAsync(await self.GetAsync("/api/v1/volunteers"), HttpStatusCode.Forbidden);
    }

    private async Task<MimeMessage> FindMailToAsync(string address)
    {
        var folder = Factory.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory;
        foreach (var file in Directory.GetFiles(folder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == address))
            {
                return message;
            }
        }

        Assert.Fail($"No e-mail to {address} in {Path.GetFullPath(folder)}.");
        return null!;
    }
}
