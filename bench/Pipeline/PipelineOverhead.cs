using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Volunteers.Application;
using Volunteers.Application.Common.Behaviours;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.StaffAccounts.ListStaffAccounts;
using Volunteers.Infrastructure;
using Volunteers.Infrastructure.Persistence.Seeding;

namespace Volunteers.Bench.Pipeline;

/// <summary>The same paged, projected query through the whole Mediator pipeline and by calling its handler directly.</summary>
[MemoryDiagnoser]
public class PipelineOverhead
{
    private ServiceProvider _services = null!;
    private readonly ListStaffAccountsQuery _query = new(1, 20);

    [GlobalSetup]
    public void Setup()
    {
        var database = Path.Combine(Path.GetTempPath(), $"volunteers-pipeline-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Volunteers"] = $"Data Source={database}",
            ["Bootstrap:AdminEmail"] = "admin@bench.local",
            ["Bootstrap:AdminPassword"] = "Admin12345!",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IWebHostEnvironment>(new BenchEnvironment());
        services.AddSingleton<ICurrentUser, NoUser>();
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Volunteers.Application.DependencyInjection), typeof(Volunteers.Domain.Common.IDomainEvent)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> HandlerDirectly()
    {
        await using var scope = _services.CreateAsyncScope();
        var handler = new ListStaffAccountsQueryHandler(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
        return (await handler.Handle(_query, CancellationToken.None)).TotalCount;
    }

    [Benchmark]
    public async Task<int> ThroughMediatorPipeline()
    {
        await using var scope = _services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        return (await sender.Send(_query, CancellationToken.None)).TotalCount;
    }

    private sealed class NoUser : ICurrentUser
    {
        public Guid? AccountId => null;
        public Volunteers.Domain.Accounts.Role? Role => null;
        public Guid? PartnerId => null;
        public Guid? VolunteerId => null;
        public bool IsAuthenticated => false;
    }

    private sealed class BenchEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "bench";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public string EnvironmentName { get; set; } = Environments.Production;
    }
}
