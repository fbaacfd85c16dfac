using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.UnitTests;

public sealed class PhoneNumberTests
{
    [TestCase("8 701 234 56 78")]
    [TestCase("+7 (701) 234-56-78")]
    [TestCase("+77012345678")]
    [TestCase("87012345678")]
    [TestCase("7012345678")]
    [TestCase("8(701)2345678")]
    public void TryParse_CommonSpellings_AreStoredAsE164(string input)
    {
        Assert.That(PhoneNumber.TryParse(input, out var phone), Is.True);
        Assert.That(phone!.Value, Is.EqualTo("+77012345678"));
    }

    [TestCase("+7 747 123 45 67", "+77471234567")]
    [TestCase("8 777 000 11 22", "+77770001122")]
    public void TryParse_OtherKazakhOperators_AreAccepted(string input, string e164)
    {
        Assert.That(PhoneNumber.TryParse(input, out var phone), Is.True);
        Assert.That(phone!.Value, Is.EqualTo(e164));
    }

    [TestCase("")]
    [TestCase("12345")]
    [TestCase("+7 495 123 45 67")]
    [TestCase("+7 7172 55 66 77")]
    [TestCase("+1 202 555 0143")]
    [TestCase("not a phone")]
    public void TryParse_NonKazakhOrNonMobile_IsRejected(string input) =>
        Assert.That(PhoneNumber.TryParse(input, out _), Is.False);
}
