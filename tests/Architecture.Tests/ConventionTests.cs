using System.Reflection;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace Volunteers.Architecture.Tests;

/// <summary>The shape of the code that docs/architecture.md ("How the code should read") asks for.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Application = typeof(Volunteers.Application.DependencyInjection).Assembly;
    private static readonly Assembly Domain = typeof(Volunteers.Domain.Common.IDomainEvent).Assembly;

    [Test]
    public void Handlers_AreSealed_AndNamedAfterTheirMessage()
    {
        var handlers = Application.GetTypes().Where(t => !t.IsAbstract && t.GetInterfaces().Any(IsHandlerInterface)).ToList();
        Assert.That(handlers, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var handler in handlers)
            {
                Assert.That(handler.IsSealed, Is.True, $"{handler.Name} should be sealed");
                var message = handler.GetInterfaces().First(IsHandlerInterface).GetGenericArguments()[0];
                Assert.That(handler.Name, Is.EqualTo(message.Name + "Handler"), "a handler is named after its message");
                Assert.That(handler.Namespace, Is.EqualTo(message.Namespace), "a use case lives in one file and folder");
            }
        });
    }

    [Test]
    public void Validators_SitBesideTheirMessage()
    {
        var validators = Application.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Where(t => t.BaseType!.GetGenericArguments()[0].GetInterfaces().Contains(typeof(IMessage)))
            .ToList();
        Assert.That(validators, Is.Not.Empty);
        foreach (var validator in validators)
        {
            var message = validator.BaseType!.GetGenericArguments()[0];
            Assert.That(validator.Name, Is.EqualTo(message.Name + "Validator"));
        }
    }

    [Test]
    public void Messages_AreNamedCommandOrQuery()
    {
        var result = Types.InAssembly(Application).That().ImplementInterface(typeof(IBaseCommand))
            .Should().HaveNameEndingWith("Command").GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
        var queries = Types.InAssembly(Application).That().ImplementInterface(typeof(IBaseQuery))
            .Should().HaveNameEndingWith("Query").GetResult();
        Assert.That(queries.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void DomainEntities_HaveNoPublicSetters()
    {
        var entities = Domain.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && !t.Name.StartsWith('<') && !IsRecord(t) && !typeof(Exception).IsAssignableFrom(t));
        Assert.Multiple(() =>
        {
            foreach (var entity in entities)
            {
                foreach (var property in entity.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Assert.That(property.SetMethod?.IsPublic ?? false, Is.False, $"{entity.Name}.{property.Name} has a public setter");
                }
            }
        });
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)
                               || type.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)
                               || type.GetGenericTypeDefinition() == typeof(ICommandHandler<>));
}
