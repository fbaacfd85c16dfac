using System.Data.Common;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.IdentityModel.Tokens;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OpenTelemetry;
using Volunteers.Api.Caching;
using Volunteers.Api.Endpoints;
using Volunteers.Api.Hosting;
using Volunteers.Api.Idempotency;
using Volunteers.Api.Limits;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Problems;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Behaviours;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application;
using Volunteers.Infrastructure.Persistence.Seeding;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Security;
using Volunteers.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

// A half-configured instance stops here, before anything is built or the database is touched: one line, no stack trace.
if (!BuildTimeDocument.IsBeingGenerated && StartupSettings.FindProblem(configuration, builder.Environment) is { } settingsProblem)
{
    await Console.Error.WriteLineAsync(settingsProblem);
    return 1;
}

var provider = StartupSettings.Provider(configuration);

// --- Use cases -------------------------------------------------------------------------------------------
builder.Services.AddApplication();
builder.Services.AddInfrastructure(configuration);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Volunteers.Application.DependencyInjection), typeof(Volunteers.Domain.Common.IDomainEvent)];
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
});

// --- HTTP: JSON, errors, limits, localisation -------------------------------------------------------------
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)); // enums are names, as the document says
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
    StatusCodeProblems.Complete(context);
    context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
});
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
// Output cache and rate limits: in this process, or shared by every instance through Redis (ConnectionStrings:Redis).
var sharedState = SharedState.Add(builder.Services, configuration);
builder.Services.AddSingleton<ISaveChangesInterceptor, PublicReadCacheInvalidation>();
builder.Services.AddPublicFormRateLimiting(configuration, sharedState);
builder.Services.AddReverseProxy(configuration);
builder.Services.AddSingleton<StatsCache>();
builder.Services.AddSingleton<Volunteers.Application.Common.Links.IPublicLinks, PublicLinks>();
builder.Services.Configure<Volunteers.Application.Shifts.Reminders.ReminderOptions>(o => o.LeadMinutes = ReminderSettings.LeadMinutes(configuration));
builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Limits.MaxRequestBodySize = configuration.GetValue<long?>("Limits:MaxBodyBytes") ?? RequestBodyLimitMiddleware.DefaultMaxBodyBytes);
builder.Services.AddRequestLocalization(o =>
{
    string[] cultures = ["en", "ru", "kk"];
    o.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
    o.FallBackToParentUICultures = true;
    o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
});

// --- Identity ----------------------------------------------------------------------------------------------
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();

// Accounts send a bearer token, partner systems X-Api-Key; the default scheme picks the handler by the header.
builder.Services.AddAuthentication(ApiKeyAuthentication.BearerOrApiKey)
    .AddPolicyScheme(ApiKeyAuthentication.BearerOrApiKey, "Bearer token or partner API key", o => o.ForwardDefaultSelector = context =>
        context.Request.Headers.ContainsKey(ApiKeyAuthentication.HeaderName) ? ApiKeyAuthentication.Scheme : JwtBearerDefaults.AuthenticationScheme)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null)
    .AddJwtBearer(o =>
{
    o.MapInboundClaims = false;
    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = jwt.Issuer,
        ValidAudience = jwt.Audience,
        IssuerSigningKey = JwtAccessTokenIssuer.SigningKey(jwt),
        NameClaimType = HttpCurrentUser.SubjectClaim,
        RoleClaimType = HttpCurrentUser.RoleClaim,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
    // A token of an ended sign-in (a reused refresh token revoked its family, a new password ended them all) or of a
    // deactivated account stops working within a minute.
    o.Events = new JwtBearerEvents
    {
        OnTokenValidated = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<AccessTokenSessions>();
            if (!await sessions.IsLiveAsync(context.Principal!, context.HttpContext.RequestAborted))
            {
                context.Fail("The sign-in has ended.");
            }
        },
    };
});
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<TimeProvider>((o, clock) => o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
    {
        // Tokens are issued with TimeProvider, so they are validated against the same clock. A token without exp never
        // expires, so it is refused.
        var now = clock.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
               && expires is not null && expires.Value > now - parameters.ClockSkew;
    });
builder.Services.AddAuthorization(Policies.Add);
builder.Services.AddPartnerRateLimiting(configuration, sharedState);

// --- Browsers, docs, operations ------------------------------------------------------------------------
var allowedOrigins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
builder.Services.AddCors(o => o.AddDefaultPolicy(policy => policy
    .WithOrigins(allowedOrigins)
    .AllowAnyHeader()
    .AllowAnyMethod()
    .WithExposedHeaders("Location", "ETag", "Retry-After")));
builder.Services.AddVolunteersSwagger();
var healthChecks = builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
if (sharedState.IsShared)
{
    healthChecks.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
}

builder.Services.AddHttpLogging(o =>
{
    // Method, path, status and duration only: query strings and bodies may hold personal data.
    o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
    o.CombineLogs = true;
});
builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

// Traces and metrics are collected only when they are exported: an unexported trace would still cost every request
// and every SQL command an Activity (see docs/performance.md).
if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    builder.Services.AddOpenTelemetry()
        .ConfigureResource(r => r.AddService("volunteers-api"))
        .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddEntityFrameworkCoreInstrumentation())
        .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
        .UseOtlpExporter();
    builder.Services.AddHostedService<OtlpExportFailureLog>();
}

BuildTimeDocument.SkipBackgroundWork(builder.Services); // only while the build writes docs/openapi.json
var app = builder.Build();

// While the build writes docs/openapi.json the host is only built, never run: no database is touched.
if (!BuildTimeDocument.IsBeingGenerated)
{
    var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
    if (await DatabaseReachability.FindProblemAsync(provider, connectionString, app.Lifetime.ApplicationStopping) is { } unreachable)
    {
        await Console.Error.WriteLineAsync(unreachable);
        return 1;
    }

    try
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
    catch (DbException e)
    {
        await Console.Error.WriteLineAsync(DatabaseReachability.Refused(provider, connectionString, e));
        return 1;
    }
}

app.UseReverseProxy(configuration); // first: everything after it sees the client's address and scheme
app.UseHttpLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRouting();
app.UseOutputCache(); // right after routing: a cached public read skips the rest of the pipeline (see PublicReads)
app.UseRequestLocalization();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseAuthentication();
app.UseApiKeyRejection();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

// Swagger:Enabled=false hides Swagger UI and the OpenAPI document (e.g. on a public production host).
if (configuration.GetValue("Swagger:Enabled", defaultValue: true))
{
    app.UseSwagger();
    app.UseSwaggerUI(o =>
    {
        o.SwaggerEndpoint("/swagger/v1/swagger.json", "Volunteers API v1");
        o.DocumentTitle = "Volunteers API";
    });
    app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapApi();

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
await app.RunAsync();
return 0;

/// <summary>The API's entry point; public so integration tests can boot it.</summary>
public partial class Program;
