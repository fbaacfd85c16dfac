using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>ASVS L2 passwords: 12 to 128 characters, no composition rules, none of the shipped common passwords.</summary>
public sealed class PasswordPolicyTests(TestDatabase database) : ApiTest(database)
{
    [TestCase("Abcdefgh123", "too short: 11 characters with a letter and a digit, which the old rule accepted")]
    [TestCase("Password1234", "a common password, in any case")]
    [TestCase("qwertyuiop123", "a common password")]
    [TestCase("123qweasdzxc", "the most common password of 12 characters")]
    public async Task AcceptInvitation_WithAShortOrCommonPassword_Returns400NamingPassword(string password, string why)
    {
        var token = await InvitationAsync();

        var response = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["password"], Is.Not.Null, why);
    }

    [TestCase("quiet harbour at dawn", "a passphrase without digits")]
    [TestCase("ЖұлдызыБиікТау", "Kazakh letters only")]
    public async Task AcceptInvitation_WithALongUncommonPassword_IsAccepted(string password, string why)
    {
        var token = await InvitationAsync();

        var response = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), why + ": " + await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AcceptInvitation_WithA64CharacterPassword_IsAccepted_AndItSignsIn()
    {
        var token = await InvitationAsync("long@test.local");
        var password = string.Concat(Enumerable.Repeat("Tau-Samal-", 7))[..64];

        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await LoginAsync("long@test.local", password), Is.Not.Empty);
    }

    private async Task<string> InvitationAsync(string? email = null)
    {
        using var admin = await AdminAsync();
        email ??= $"trainer-{Guid.NewGuid():N}@test.local";
        var created = await admin.PostJsonAsync("/api/v1/staff-accounts", new { email, fullName = "Айгүл Серікқызы", role = "Trainer" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await created.ReadJsonAsync())["invitation"]!["token"]!.GetValue<string>();
    }
}
