using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Volunteers.Api.Http;

namespace Volunteers.Api.OpenApi;

internal static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddVolunteersSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Volunteers API",
                Version = "v1",
                Description = "The city volunteer headquarters: applications, the volunteer registry, the school, campaigns, "
                              + "help requests, emergency mobilisation and statistics. Errors are RFC 9457 problem details.",
            });
            foreach (var xml in Directory.GetFiles(AppContext.BaseDirectory, "Volunteers.*.xml"))
            {
                options.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }

            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The access token from POST /api/v1/auth/login.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Http.ApiKeyAuthentication.HeaderName,
                Description = "A partner system's API key from POST /api/v1/partners. It opens the operations that name one of its scopes.",
            });
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(type => type.FullName!.Replace("Volunteers.", string.Empty, StringComparison.Ordinal).Replace('+', '.'));
        });
        return services;
    }
}

/// <summary>
/// Marks operations that need a token or key and says in the description which roles or partner scopes they need.
/// Operations a partner may call accept either scheme.
/// </summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Distinct()
            .ToList();
        if (policies.Count == 0)
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SwaggerSetup.BearerScheme, context.Document)] = [],
        });
        if (policies.All(AdmitsPartners))
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SwaggerSetup.ApiKeyScheme, context.Document)] = [],
            });
        }

        var who = string.Join("; and ", policies.Select(Describe));
        operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Requires: {who}." : $"{operation.Description}\n\nRequires: {who}.";
    }

    internal static bool AdmitsPartners(string policy) =>
        policy == Policies.AdminOrPartner
        || policy.StartsWith(Policies.ScopePrefix, StringComparison.Ordinal)
        || policy.StartsWith(Policies.StaffOrScopePrefix, StringComparison.Ordinal)
        || policy.StartsWith(Policies.PublicOrScopePrefix, StringComparison.Ordinal);

    internal static string Describe(string policy) => policy switch
    {
        Policies.Admin => "role Admin",
        Policies.Staff => "role Coordinator or Admin",
        Policies.Trainers => "role Trainer, Coordinator or Admin",
        Policies.SignedIn => "any signed-in account",
        Policies.AdminOrPartner => "role Admin, or any partner API key (for its own resources)",
        _ when policy.StartsWith(Policies.StaffOrScopePrefix, StringComparison.Ordinal) =>
            $"role Coordinator or Admin, or a partner API key with scope `{policy[Policies.StaffOrScopePrefix.Length..]}`",
        _ when policy.StartsWith(Policies.PublicOrScopePrefix, StringComparison.Ordinal) =>
            $"nothing (public), but a partner API key needs scope `{policy[Policies.PublicOrScopePrefix.Length..]}`",
        _ when policy.StartsWith(Policies.ScopePrefix, StringComparison.Ordinal) =>
            $"a partner API key with scope `{policy[Policies.ScopePrefix.Length..]}`",
        _ => policy,
    };
}
