using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Volunteers.Api.OpenApi;

internal static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";

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
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(type => type.FullName!.Replace("Volunteers.", string.Empty, StringComparison.Ordinal).Replace('+', '.'));
        });
        return services;
    }
}

/// <summary>Marks operations that need a token and says in the description which roles they need.</summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy)
            .Where(p => p is not null)
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
        var who = string.Join(", ", policies.Select(Describe));
        operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Requires: {who}." : $"{operation.Description}\n\nRequires: {who}.";
    }

    private static string Describe(string? policy) => policy switch
    {
        Http.Policies.Admin => "role Admin",
        Http.Policies.Staff => "role Coordinator or Admin",
        Http.Policies.Trainers => "role Trainer, Coordinator or Admin",
        Http.Policies.SignedIn => "any signed-in account",
        _ => policy ?? string.Empty,
    };
}
