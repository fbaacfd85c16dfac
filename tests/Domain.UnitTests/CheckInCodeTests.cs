using Volunteers.Domain.Campaigns;

namespace Volunteers.Domain.UnitTests;

public sealed class CheckInCodeTests
{
    [Test]
    public void New_IsSixAsciiDigits_AndRandom()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => CheckInCode.New()).ToList();

        Assert.That(codes, Has.All.Match("^[0-9]{6}$"));
        Assert.That(codes.Distinct().Count(), Is.GreaterThan(190), "200 draws from a million values rarely repeat");
    }

    [TestCase("012345", true)]
    [TestCase("12345", false)]
    [TestCase("1234567", false)]
    [TestCase("12a456", false)]
    [TestCase("١٢٣٤٥٦", false)]
    [TestCase(null, false)]
    public void IsWellFormed_OnlySixAsciiDigits(string? code, bool expected) =>
        Assert.That(CheckInCode.IsWellFormed(code), Is.EqualTo(expected));

    [TestCase("123456", "123456", true)]
    [TestCase("123456", "123457", false)]
    [TestCase(null, "123456", false)]
    [TestCase("123456", "12345", false)]
    public void Matches_OnlyTheSameCode(string? expected, string given, bool matches) =>
        Assert.That(CheckInCode.Matches(expected, given), Is.EqualTo(matches));
}
