using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Volunteers.Api.Security;

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
                              + "help requests, emergency mobilisation and statistics. Errors are RFC 9457 problem details. "
                              + "Official clients: see docs/clients.md.",
                Contact = new OpenApiContact { Name = "Volunteers HQ API team", Email = "api@volunteers.example.kz" },
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
                Name = Security.ApiKeyAuthentication.HeaderName,
                Description = "A partner system's API key from POST /api/v1/partners. It opens the operations that name one of its scopes.",
            });
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<HttpHeadersOperationFilter>();
            options.OperationFilter<QueryEnumOperationFilter>();
            options.SchemaFilter<KnownValuesSchemaFilter>();
            options.SchemaFilter<RequiredMembersSchemaFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.DocumentFilter<ServersAndTagsDocumentFilter>();
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomSchemaIds(SchemaIds.For);
        });
        return services;
    }
}
