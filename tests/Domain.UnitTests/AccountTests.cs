using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.UnitTests;

public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    [Test]
    public void Create_NormalisesTheEmail() =>
        Assert.That(UserAccount.Create("A@Example.org ", "A", Role.Coordinator, Now).Email, Is.EqualTo("a@example.org"));

    [Test]
    public void Deactivate_Twice_BreaksTheRule()
    {
        var account = UserAccount.Create("a@example.org", "A", Role.Trainer, Now);
        account.Deactivate();
        var error = Assert.Throws<DomainRuleViolationException>(account.Deactivate);
        Assert.That(error!.Rule, Is.EqualTo("account-already-deactivated"));
    }

    [Test]
    public void Invitation_IsSingleUse()
    {
        var invitation = Invitation.Issue(Guid.NewGuid(), "hash", Now, TimeSpan.FromDays(7));
        invitation.Redeem(Now.AddDays(1));
        var error = Assert.Throws<DomainRuleViolationException>(() => invitation.Redeem(Now.AddDays(1)));
        Assert.That(error!.Rule, Is.EqualTo("invitation-already-used"));
    }

    [Test]
    public void Invitation_ExpiresAfterItsLifetime()
    {
        var invitation = Invitation.Issue(Guid.NewGuid(), "hash", Now, TimeSpan.FromDays(7));
        var error = Assert.Throws<DomainRuleViolationException>(() => invitation.Redeem(Now.AddDays(7)));
        Assert.That(error!.Rule, Is.EqualTo("invitation-expired"));
    }

    [Test]
    public void RefreshToken_IsUnusableOnceRevokedOrExpired()
    {
        var token = RefreshToken.Issue(Guid.NewGuid(), Guid.NewGuid(), "hash", Now, TimeSpan.FromDays(30));
        Assert.That(token.IsUsable(Now.AddDays(29)), Is.True);
        Assert.That(token.IsUsable(Now.AddDays(30)), Is.False);
        token.Revoke(Now);
        Assert.That(token.IsUsable(Now), Is.False);
    }
}
