using System.Globalization;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.UnitTests;

public sealed class SchoolMessagesTests
{
    [TestCase("Stage.Unknown")]
    [TestCase("Direction.NotActive")]
    [TestCase("Trainer.Invalid")]
    public void TheSchoolsMessages_HaveKazakhRussianAndEnglishTexts(string key)
    {
        var manager = new ValidationMessages();
        var en = manager.GetString(key, new CultureInfo("en"));
        var ru = manager.GetString(key, new CultureInfo("ru"));
        var kk = manager.GetString(key, new CultureInfo("kk"));
        Assert.Multiple(() =>
        {
            Assert.That(en, Does.Contain("{PropertyName}"));
            Assert.That(ru, Does.Contain("{PropertyName}").And.Not.EqualTo(en));
            Assert.That(kk, Does.Contain("{PropertyName}").And.Not.EqualTo(ru).And.Not.EqualTo(en));
        });
    }
}
