using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.UnitTests;

public sealed class IinTests
{
    [TestCase("900515300018", 1990, 5, 15, true)]
    [TestCase("050615500015", 2005, 6, 15, true)]
    [TestCase("951203300053", 1995, 12, 3, true)]
    [TestCase("850101400120", 1985, 1, 1, false)]
    public void TryParse_WithValidIin_ReadsBirthDateAndSex(string value, int year, int month, int day, bool male)
    {
        Assert.That(Iin.TryParse(value, out var iin, out var error), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.EqualTo(IinError.None));
            Assert.That(iin!.BirthDate, Is.EqualTo(new DateOnly(year, month, day)));
            Assert.That(iin.IsMale, Is.EqualTo(male));
            Assert.That(iin.Value, Is.EqualTo(value));
        });
    }

    [Test]
    public void TryParse_WhenFirstWeightsGiveTen_UsesSecondWeightSet()
    {
        // 9005153009: weights 1..11 give 10, weights 3..11,1,2 give 8.
        Assert.That(Iin.TryParse("900515300908", out _, out _), Is.True);
        Assert.That(Iin.TryParse("900515300900", out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(IinError.InvalidCheckDigit));
    }

    [Test]
    public void TryParse_WhenBothWeightSetsGiveTen_IsInvalid()
    {
        foreach (var last in Enumerable.Range(0, 10))
        {
            Assert.That(Iin.TryParse($"90051530091{last}", out _, out var error), Is.False);
            Assert.That(error, Is.EqualTo(IinError.InvalidCheckDigit));
        }
    }

    [TestCase("")]
    [TestCase("90051530001")]
    [TestCase("9005153000189")]
    [TestCase("90051530001a")]
    [TestCase("９００５１５３０００１８")]
    public void TryParse_WithoutTwelveAsciiDigits_FailsWithFormat(string value)
    {
        Assert.That(Iin.TryParse(value, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(IinError.NotTwelveDigits));
    }

    [TestCase("900515000018")]
    [TestCase("900515700018")]
    [TestCase("900515900018")]
    public void TryParse_WithCenturyDigitOutsideOneToSix_FailsWithCentury(string value)
    {
        Assert.That(Iin.TryParse(value, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(IinError.InvalidCenturyDigit));
    }

    [TestCase("901315300018")]
    [TestCase("900532300018")]
    [TestCase("010229500018")]
    public void TryParse_WithImpossibleBirthDate_FailsWithBirthDate(string value)
    {
        Assert.That(Iin.TryParse(value, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(IinError.InvalidBirthDate));
    }

    [Test]
    public void TryParse_WithWrongCheckDigit_FailsWithCheckDigit()
    {
        Assert.That(Iin.TryParse("900515300019", out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(IinError.InvalidCheckDigit));
    }

    [Test]
    public void TryParse_CenturyDigitSelectsCentury()
    {
        Assert.That(Iin.Parse("850101400120").BirthDate.Year, Is.EqualTo(1985));
        Assert.That(Iin.Parse("050615500015").BirthDate.Year, Is.EqualTo(2005));
    }
}
