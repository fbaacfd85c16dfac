using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.UnitTests;

public sealed class VolunteerRegistryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    private static Volunteer Imported(string[]? languages = null, int[]? directions = null) => Volunteer.ImportTrained(
        new PersonalData("Фёдор", "Ёлкин", "Иванович", Iin.Parse("900515300018"), PhoneNumber.Parse("+77012345678"), "f@example.kz"),
        "Nura", languages ?? ["ru", "kk"], directions ?? [1, 2], new DateOnly(2019, 5, 20), Now);

    [Test]
    public void ImportTrained_IsActiveWithTheSchoolPassed_AndTheImportAsConsentSource()
    {
        var volunteer = Imported();
        Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Active));
        Assert.That(volunteer.CurrentStage, Is.Null);
        Assert.That(volunteer.SchoolPassedOn, Is.EqualTo(new DateOnly(2019, 5, 20)));
        Assert.That(volunteer.ConsentSource, Is.EqualTo(ConsentSource.Import));
        Assert.That(volunteer.MessageLanguage, Is.EqualTo("ru"), "messages go in the first language given");
    }

    [Test]
    public void NameKey_IsLowerCaseWithYoAsYe()
    {
        Assert.That(Imported().NameKey, Is.EqualTo("елкин федор иванович"));
        Assert.That(Volunteer.SearchKey(" ЁЛКИН "), Is.EqualTo("елкин"));
    }

    [Test]
    public void SetDirections_KeepsTheRowsOfKeptDirections()
    {
        var volunteer = Imported(directions: [1, 2]);
        var kept = volunteer.Directions.Single(d => d.DirectionId == 2);
        volunteer.SetDirections([2, 3]);
        Assert.That(volunteer.Directions.Select(d => d.DirectionId), Is.EquivalentTo(new[] { 2, 3 }));
        Assert.That(volunteer.Directions, Does.Contain(kept));
    }

    [Test]
    public void SetLanguages_KeepsTheMessageLanguageWhileStillSpoken()
    {
        var volunteer = Imported(languages: ["ru", "kk"]);
        volunteer.SetLanguages(["kk", "ru", "en"]);
        Assert.That(volunteer.MessageLanguage, Is.EqualTo("ru"));
        volunteer.SetLanguages(["en", "kk"]);
        Assert.That(volunteer.MessageLanguage, Is.EqualTo("en"));
    }

    [Test]
    public void Anonymize_ErasesTheNameKey_AndLocksTheRecord()
    {
        var volunteer = Imported();
        volunteer.Anonymize(Now);
        Assert.That(volunteer.NameKey, Is.EqualTo("—"));
        Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Retired));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => volunteer.SetDirections([3]))!.Rule, Is.EqualTo("volunteer-anonymized"));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => volunteer.SetLanguages(["kk"]))!.Rule, Is.EqualTo("volunteer-anonymized"));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => volunteer.SetMessagePreferences("kk", true))!.Rule, Is.EqualTo("volunteer-anonymized"));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => volunteer.Anonymize(Now))!.Rule, Is.EqualTo("volunteer-anonymized"));
    }
}
