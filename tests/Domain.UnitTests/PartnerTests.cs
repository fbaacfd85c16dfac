using Volunteers.Domain.Common;
using Volunteers.Domain.Partners;

namespace Volunteers.Domain.UnitTests;

public sealed class PartnerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    [Test]
    public void Register_KeepsEachScopeOnce_AndOnlyThePrefixOfTheKey()
    {
        var partner = Partner.Register(" City portal ", ["stats:read", "campaigns:read", "stats:read"], "vk_abcdefghijklmnop", "HASH", Now);
        Assert.Multiple(() =>
        {
            Assert.That(partner.Name, Is.EqualTo("City portal"));
            Assert.That(partner.Scopes, Is.EqualTo(new[] { "campaigns:read", "stats:read" }));
            Assert.That(partner.KeyPrefix, Is.EqualTo("vk_abcdefg"));
            Assert.That(partner.ApiKeyHash, Is.EqualTo("HASH"));
            Assert.That(partner.IsActive, Is.True);
            Assert.That(partner.HasScope("stats:read"), Is.True);
            Assert.That(partner.HasScope("help-requests:write"), Is.False);
        });
    }

    [Test]
    public void Register_WithoutScopesOrWithAnUnknownOne_IsRefused()
    {
        Assert.That(() => Partner.Register("A", [], "vk_x", "H", Now), Throws.TypeOf<DomainRuleViolationException>().With.Property("Rule").EqualTo("partner-scope-required"));
        Assert.That(() => Partner.Register("A", ["campaigns:write"], "vk_x", "H", Now), Throws.TypeOf<DomainRuleViolationException>().With.Property("Rule").EqualTo("partner-scope-unknown"));
    }

    [Test]
    public void Revoke_Twice_IsRefused()
    {
        var partner = Partner.Register("A", ["stats:read"], "vk_x", "H", Now);
        partner.Revoke(Now);
        Assert.That(partner.IsActive, Is.False);
        Assert.That(() => partner.Revoke(Now), Throws.TypeOf<DomainRuleViolationException>().With.Property("Rule").EqualTo("partner-already-revoked"));
    }
}
