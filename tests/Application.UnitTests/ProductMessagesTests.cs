using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.UnitTests;

/// <summary>Every key of <see cref="MessageKeys"/>, found by reflection, so a message added without its texts fails here.</summary>
public sealed partial class ProductMessagesTests
{
    private static readonly ValidationMessages Messages = new();

    public static IEnumerable<TestCaseData> EveryKey() =>
        typeof(MessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(MessageKey))
            .Select(field => new TestCaseData((MessageKey)field.GetValue(null)!).SetArgDisplayNames(field.Name));

    [TestCaseSource(nameof(EveryKey))]
    public void EveryProductMessage_HasItsOwnKazakhRussianAndEnglishText_WithTheSamePlaceholders(MessageKey key)
    {
        var en = Messages.GetString(key.Name, new CultureInfo("en"));
        var ru = Messages.GetString(key.Name, new CultureInfo("ru"));
        var kk = Messages.GetString(key.Name, new CultureInfo("kk"));
        Assert.Multiple(() =>
        {
            Assert.That(en, Is.Not.Null.And.Not.Empty, "en");
            // FluentValidation falls back to English for a missing translation, so a missing text shows as a copy of en.
            Assert.That(ru, Is.Not.EqualTo(en), "ru");
            Assert.That(kk, Is.Not.EqualTo(ru).And.Not.EqualTo(en), "kk");
            Assert.That(Placeholders(ru), Is.EquivalentTo(Placeholders(en)), "ru placeholders");
            Assert.That(Placeholders(kk), Is.EquivalentTo(Placeholders(en)), "kk placeholders");
        });
    }

    [Test]
    public void NoTwoKeys_ShareAName()
    {
        var names = EveryKey().Select(c => ((MessageKey)c.Arguments[0]!).Name).ToList();
        Assert.That(names, Is.Not.Empty.And.Unique);
    }

    [Test]
    public void EveryIinError_HasItsOwnMessage()
    {
        var errors = Enum.GetValues<IinError>().Where(e => e != IinError.None).ToList();
        Assert.That(errors.Select(MessageKeys.For).Distinct().Count(), Is.EqualTo(errors.Count));
        Assert.That(() => MessageKeys.For(IinError.None), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
