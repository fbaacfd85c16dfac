using System.Globalization;
using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Behaviours;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.UnitTests;

public sealed class ValidationBehaviourTests
{
    public sealed record Probe(string? Name) : ICommand<string>;

    private sealed class ProbeNameRequired : AbstractValidator<Probe>
    {
        public ProbeNameRequired() => RuleFor(x => x.Name).RequiredText(5);
    }

    private sealed class ProbeNameNotAdmin : AbstractValidator<Probe>
    {
        public ProbeNameNotAdmin() => RuleFor(x => x.Name).NotEqual("admin");
    }

    [OneTimeSetUp]
    public void UseProductMessages() => ValidatorOptions.Global.LanguageManager = new ValidationMessages();

    [Test]
    public async Task ValidMessage_ReachesTheHandler()
    {
        var behaviour = new ValidationBehaviour<Probe, string>([new ProbeNameRequired(), new ProbeNameNotAdmin()]);
        var result = await behaviour.Handle(new Probe("Aida"), (m, _) => ValueTask.FromResult("handled " + m.Name), CancellationToken.None);
        Assert.That(result, Is.EqualTo("handled Aida"));
    }

    [Test]
    public async Task InvalidMessage_NeverReachesTheHandler_AndCollectsEveryValidatorsFailures()
    {
        var behaviour = new ValidationBehaviour<Probe, string>([new ProbeNameRequired(), new ProbeNameNotAdmin()]);
        var reached = false;
        var error = await Assert.ThrowsAsync<ValidationException>(async () => await behaviour.Handle(new Probe("admin"), (_, _) =>
        {
            reached = true;
            return ValueTask.FromResult("x");
        }, CancellationToken.None));
        Assert.That(reached, Is.False);
        Assert.That(error!.Errors.Count(), Is.EqualTo(1));

        var both = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behaviour.Handle(new Probe("far too long"), (_, _) => ValueTask.FromResult("x"), CancellationToken.None));
        Assert.That(both!.Errors.Select(e => e.PropertyName), Is.All.EqualTo("Name"));
    }

    [TestCase("kk", "міндетті")]
    [TestCase("ru", "обязательно")]
    [TestCase("en", "is required")]
    public void ProductMessages_ExistInEachLanguage(string culture, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var result = new ProbeNameRequired().Validate(new Probe(null));
            Assert.That(result.Errors.Single().ErrorMessage, Does.Contain(expected));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
