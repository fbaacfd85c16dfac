using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
        services.AddOptions<PasswordHashingOptions>().Bind(configuration.GetSection(PasswordHashingOptions.SectionName))
            .Validate(o => o.IsValid, PasswordHashingOptions.InvalidMessage)
            .ValidateOnStart();

        services.AddSingleton<Webhooks.DomainEventWebhooks>();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        // The connection string and provider were checked at start-up (StartupSettings in the Api). Save interceptors that
        // other layers register (the Api's output-cache eviction) join the context's own.
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                AddDatabase<SqlServerDbContext>(services, (_, options) => options.UseSqlServer(connectionString));
                services.AddScoped<IVolunteerNameSearch, Persistence.Search.ContainsVolunteerNameSearch>();
                break;
            case DatabaseProvider.Postgres:
                AddDatabase<PostgresDbContext>(services, (_, options) => options.UseNpgsql(connectionString));
                services.AddScoped<IVolunteerNameSearch, Persistence.Search.PostgresVolunteerNameSearch>();
                break;
            default:
                services.AddSingleton<SqliteWriteQueue>();
                AddDatabase<SqliteDbContext>(services, (sp, options) => options
                    .UseSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString)
                    .AddInterceptors(new SqliteConnectionSettings(TimeSpan.FromSeconds(30)), sp.GetRequiredService<SqliteWriteQueue>()));
                services.AddScoped<IVolunteerNameSearch, Persistence.Search.SqliteVolunteerNameSearch>();
                break;
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<Application.Shifts.IShiftSeats, ShiftSeats>();
        services.AddScoped<Application.Shifts.ICheckInCodes, CheckInCodes>();
        services.AddScoped<Application.Shifts.INoShowMarking, NoShowMarking>();
        services.AddSingleton<IQrCodes, QrCodes.SvgQrCodes>();
        services.AddOptions<Application.Shifts.NoShowOptions>().Bind(configuration.GetSection(Application.Shifts.NoShowOptions.SectionName));
        services.AddSingleton<Background.NoShowWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Background.NoShowWorker>());
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
        services.AddScoped<Application.Mobilizations.IRosterWriter, Mobilizations.RosterWriter>();
        services.AddSingleton<Application.Calendar.ICalendarWriter, Calendar.ICalCalendarWriter>();
        services.AddMemoryCache(); // written calendar feeds, kept for the next poll of the same version
        services.AddSingleton<Application.Certificates.ICertificatePdf, Certificates.PdfCertificate>();
        services.AddScoped<Application.Volunteers.ImportVolunteers.IVolunteerImportWriter, Volunteers.VolunteerImportWriter>();
        services.AddOptions<Mobilizations.MobilizationWorkerOptions>().Bind(configuration.GetSection(Mobilizations.MobilizationWorkerOptions.SectionName));
        services.AddSingleton<Mobilizations.RosterDeadlineWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Mobilizations.RosterDeadlineWorker>());
        services.AddScoped<Application.Mail.IMailLeases, Mail.MailLeases>();
        services.AddSingleton<Mail.MailSenderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Mail.MailSenderWorker>());

        services.AddScoped<Idempotency.IdempotencyStore>();
        services.AddHostedService<Idempotency.IdempotencyPurgeService>();
        services.AddSingleton<ISecretGenerator, SecretGenerator>();
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<AccessTokenSessions>();
        services.AddScoped<Application.Auth.ISignInRecords, SignInRecords>();
        services.AddSingleton<ICommonPasswords, CommonPasswordList>();
        services.AddWebhooks(configuration);
        return services;
    }

    /// <summary>A provider's pooled context (its own settings first), with the interceptors every provider needs, as the shared model.</summary>
    private static void AddDatabase<TContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> useProvider)
        where TContext : ApplicationDbContext
    {
        services.AddDbContextPool<TContext>((sp, options) =>
        {
            useProvider(sp, options);
            options.AddInterceptors(sp.GetRequiredService<Webhooks.DomainEventWebhooks>())
                .AddInterceptors(sp.GetServices<ISaveChangesInterceptor>());
        });
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<TContext>().HandlingDomainEventsWith(sp.GetService<IPublisher>()));
    }
}
