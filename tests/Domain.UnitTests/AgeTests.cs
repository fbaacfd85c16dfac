using System.Globalization;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.UnitTests;

public sealed class AgeTests
{
    [TestCase("2012-03-02", "2026-03-02", 14)]
    [TestCase("2012-03-03", "2026-03-02", 13)]
    [TestCase("2008-03-02", "2026-03-01", 17)]
    [TestCase("2008-03-02", "2026-03-02", 18)]
    [TestCase("2008-02-29", "2026-02-28", 18)]
    public void On_CountsCompletedYears(string born, string today, int years) =>
        Assert.That(Age.On(DateOnly.Parse(born, CultureInfo.InvariantCulture), DateOnly.Parse(today, CultureInfo.InvariantCulture)), Is.EqualTo(years));
}
