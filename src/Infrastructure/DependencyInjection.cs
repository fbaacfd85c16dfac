using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Infrastructure.Caching;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Persistence.Seeding;
using Volunteers.Infrastructure.Security;
using Volunteers.Infrastructure.Webhooks;

namespace Volunteers.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.SectionName));
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName));

        services.AddOutputCache();
        services.AddSingleton<PublicReadCacheInvalidation>();
        services.AddSingleton<Webhooks.DomainEventWebhooks>();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("ConnectionStrings:Volunteers is required when Database:Provider is SqlServer.");
                }

                services.AddDbContextPool<SqlServerDbContext>((sp, options) => options
                    .UseSqlServer(connectionString)
                    .AddInterceptors(sp.GetRequiredService<PublicReadCacheInvalidation>(), sp.GetRequiredService<Webhooks.DomainEventWebhooks>()));
                services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqlServerDbContext>());
                services.AddScoped<IVolunteerNameSearch, Persistence.Search.ContainsVolunteerNameSearch>();
                break;
            default:
                services.AddSingleton<SqliteWriteQueue>();
                services.AddDbContextPool<SqliteDbContext>((sp, options) => options
                    .UseSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString)
                    .AddInterceptors(
                        new SqliteConnectionSettings(TimeSpan.FromSeconds(30)),
                        sp.GetRequiredService<SqliteWriteQueue>(),
                        sp.GetRequiredService<PublicReadCacheInvalidation>(),
                        sp.GetRequiredService<Webhooks.DomainEventWebhooks>()));
                services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
                services.AddScoped<IVolunteerNameSearch, Persistence.Search.SqliteVolunteerNameSearch>();
                break;
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<DatabaseInitializer>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Application.Common.Time.IHqCalendar, Time.HqCalendar>();
        services.AddOptions<Email.MailOptions>().Bind(configuration.GetSection(Email.MailOptions.SectionName));
        if (string.IsNullOrWhiteSpace(configuration["Mail:Smtp:Host"]))
        {
            services.AddSingleton<Application.Common.Email.IEmailSender, Email.FolderEmailSender>();
        }
        else
        {
            services.AddSingleton<Application.Common.Email.IEmailSender, Email.SmtpEmailSender>();
        }

        services.AddOptions<Application.Statistics.StatsOptions>().Bind(configuration.GetSection(Application.Statistics.StatsOptions.SectionName));
        services.AddScoped<IVolunteerHours, Mobilizations.SignUpVolunteerHours>();
        services.AddScoped<Application.Mobilizations.IRosterWriter, Mobilizations.RosterWriter>();
        services.AddOptions<Mobilizations.MobilizationWorkerOptions>().Bind(configuration.GetSection(Mobilizations.MobilizationWorkerOptions.SectionName));
        services.AddSingleton<Mobilizations.RosterDeadlineWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Mobilizations.RosterDeadlineWorker>());
        services.AddSingleton<Mobilizations.MobilizationMailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Mobilizations.MobilizationMailSender>());

        services.AddSingleton<Idempotency.IdempotencyStore>();
        services.AddHostedService<Idempotency.IdempotencyPurgeService>();
        services.AddSingleton<ISecretGenerator, SecretGenerator>();
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<AccessTokenSessions>();
        services.AddSingleton<ICommonPasswords, CommonPasswordList>();
        services.AddWebhooks(configuration);
        return services;
    }
}
