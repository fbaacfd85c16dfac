using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Accounts;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Security;

namespace Volunteers.Api.IntegrationTests.Foundation;

/// <summary>
/// The tests hash passwords with one PBKDF2 iteration (<see cref="VolunteersApiFactory.TestPasswordHashIterations"/>);
/// these prove that this is a test setting only: the app's own configuration hashes with Identity's 100,000.
/// </summary>
public sealed class PasswordHashingTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task TheAppsOwnSetting_HashesWithIdentitysDefault100000Iterations_AndTheAdminSignsIn()
    {
        // null drops the tests' override, so the app runs on its appsettings, as in production.
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?> { ["Security:PasswordHashIterations"] = null });

        Assert.That(PasswordHashingOptions.DefaultIterations, Is.EqualTo(100_000).And.EqualTo(new PasswordHasherOptions().IterationCount),
            "the production default is Identity's own");
        Assert.That(IterationsOf(await AdminHashAsync(factory)), Is.EqualTo(100_000));
        using var anonymous = factory.CreateClient();
        var login = await anonymous.PostJsonAsync("/api/v1/auth/login", new { email = VolunteersApiFactory.AdminEmail, password = VolunteersApiFactory.AdminPassword });
        Assert.That(login.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
    }

    [Test]
    public async Task TheTestSetting_IsWhatTheSharedAppHashesWith()
    {
        Assert.That(IterationsOf(await AdminHashAsync(Factory)), Is.EqualTo(int.Parse(VolunteersApiFactory.TestPasswordHashIterations, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(await LoginAsync(VolunteersApiFactory.AdminEmail, VolunteersApiFactory.AdminPassword), Is.Not.Empty);
    }

    [TestCase("0")]
    [TestCase("-100000")]
    [TestCase("20000000")]
    public void ANonsenseIterationCount_StopsTheAppAtStart_NamingTheSetting(string iterations)
    {
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?> { ["Security:PasswordHashIterations"] = iterations });
        Assert.That(() => factory.CreateClient(), Throws.Exception.With.Message.Contains("Security:PasswordHashIterations must be a whole number from 1 to 10,000,000"));
    }

    private static async Task<string> AdminHashAsync(VolunteersApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var email = UserAccount.NormalizeEmail(VolunteersApiFactory.AdminEmail);
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserAccounts
            .Where(a => a.Email == email).Select(a => a.PasswordHash!).SingleAsync();
    }

    /// <summary>Identity's v3 format: a 0x01 marker, the PRF and the iteration count as big-endian 32-bit numbers, the salt, the key.</summary>
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.That(bytes[0], Is.EqualTo(0x01), "an Identity v3 hash");
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
