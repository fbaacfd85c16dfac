using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NetArchTest.Rules;

namespace Volunteers.Architecture.Tests;

/// <summary>The dependency rule: Domain ← Application ← Infrastructure ← Api. These fail when a layer reaches outward.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Volunteers.Domain.Common.IDomainEvent).Assembly;
    private static readonly Assembly Application = typeof(Volunteers.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Volunteers.Infrastructure.DependencyInjection).Assembly;

    [Test]
    public void Domain_DependsOnNoOtherLayerNorFramework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Volunteers.Application", "Volunteers.Infrastructure", "Volunteers.Api",
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "FluentValidation", "Riok.Mapperly")
            .GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Application_DoesNotDependOnInfrastructureOrApi()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("Volunteers.Infrastructure", "Volunteers.Api", "Microsoft.AspNetCore",
                "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient")
            .GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    /// <summary>
    /// Use cases see the database through <c>IApplicationDbContext</c> (sets and saving) and intent-named ports
    /// (<c>IUnitOfWork</c>, <c>IShiftSeats</c>, …): no <c>DatabaseFacade</c>, <c>ChangeTracker</c> or
    /// <c>IDbContextTransaction</c>, and no bulk <c>ExecuteUpdate</c>, whose mechanisms live in Infrastructure.
    /// </summary>
    [Test]
    public void Application_UsesNoDatabaseMechanisms()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore.Infrastructure", "Microsoft.EntityFrameworkCore.ChangeTracking", "Microsoft.EntityFrameworkCore.Storage",
                "Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder")
            .GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("Volunteers.Api").GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    /// <summary>
    /// Infrastructure and Application know nothing of HTTP: no type from the ASP.NET Core web stack (Microsoft.AspNetCore.*)
    /// is referenced anywhere in their IL, signatures included. Read from the assemblies' metadata rather than per type,
    /// so that one namespace can be allowed: Microsoft.AspNetCore.Identity, whose PasswordHasher (package
    /// Microsoft.Extensions.Identity.Core) hashes passwords in Infrastructure and has nothing to do with the web stack
    /// beyond its name.
    /// </summary>
    [TestCase("Volunteers.Infrastructure")]
    [TestCase("Volunteers.Application")]
    public void Layer_DoesNotReferenceTheAspNetCoreWebStack(string assemblyName)
    {
        var assembly = new[] { Application, Infrastructure }.Single(a => a.GetName().Name == assemblyName);
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var webTypes = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Where(name => name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
                           && !name.StartsWith("Microsoft.AspNetCore.Identity.", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.That(webTypes, Is.Empty);
    }

    [Test]
    public void ProjectReferences_FollowTheDependencyRule()
    {
        static string[] References(Assembly assembly) =>
            [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Volunteers.", StringComparison.Ordinal))];

        Assert.Multiple(() =>
        {
            Assert.That(References(Domain), Is.Empty);
            Assert.That(References(Application), Is.EquivalentTo(new[] { "Volunteers.Domain" }));
            Assert.That(References(Infrastructure), Is.SubsetOf(new[] { "Volunteers.Domain", "Volunteers.Application" }));
        });
    }

    [Test]
    public void OnlyTheApiReferencesTheMediatorSourceGenerator()
    {
        foreach (var assembly in new[] { Domain, Application, Infrastructure })
        {
            Assert.That(assembly.GetTypes().Any(t => t.Namespace == "Mediator" && t.Name == "Mediator"), Is.False, assembly.GetName().Name);
        }
    }
}
