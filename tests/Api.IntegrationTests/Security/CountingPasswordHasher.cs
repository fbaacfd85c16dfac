using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>The app's own password hasher, counting the checks made against each account's hash (by e-mail).</summary>
public sealed class CountingPasswordHasher(IPasswordHasher inner) : IPasswordHasher
{
    private readonly ConcurrentDictionary<string, int> _checks = new();

    public string Hash(UserAccount account, string password) => inner.Hash(account, password);

    public bool Verify(UserAccount account, string password)
    {
        _checks.AddOrUpdate(account.Email, 1, (_, count) => count + 1);
        return inner.Verify(account, password);
    }

    public int ChecksOf(string email) => _checks.GetValueOrDefault(email);

    /// <summary>Checks against any hash that is not one of <paramref name="emails"/>'s (the decoy's).</summary>
    public int ChecksOfOthersThan(params string[] emails) => _checks.Where(c => !emails.Contains(c.Key)).Sum(c => c.Value);

    public void Reset() => _checks.Clear();

    /// <summary>Wraps the registered hasher, keeping its implementation and lifetime.</summary>
    public static void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IPasswordHasher));
        services.RemoveAll<IPasswordHasher>();
        services.AddSingleton(provider => new CountingPasswordHasher(
            registered.ImplementationInstance as IPasswordHasher
            ?? registered.ImplementationFactory?.Invoke(provider) as IPasswordHasher
            ?? (IPasswordHasher)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)));
        services.AddSingleton<IPasswordHasher>(provider => provider.GetRequiredService<CountingPasswordHasher>());
    }
}
