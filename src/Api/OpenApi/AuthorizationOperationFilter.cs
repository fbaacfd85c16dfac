using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Volunteers.Api.Limits;
using Volunteers.Api.Security;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// Says who may call each operation: the schemes it accepts (an empty requirement <c>{}</c> first when anonymous callers
/// may use it), and in the description which roles or partner scopes it needs. Every operation may answer 401, public
/// ones too: a request with a bad <c>X-Api-Key</c> or an expired token is refused wherever it goes.
/// </summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .Distinct()
            .ToList();

        operation.Security ??= [];
        if (policies.Count == 0 || policies.All(IsPublic))
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
        }

        if (policies.Count > 0)
        {
            operation.Security.Add(Requirement(SwaggerSetup.BearerScheme, context));
            if (policies.All(AdmitsPartners))
            {
                operation.Security.Add(Requirement(SwaggerSetup.ApiKeyScheme, context));
            }
        }

        var who = policies.Count == 0 ? "nothing (public)" : string.Join("; and ", policies.Select(Describe));
        operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Requires: {who}." : $"{operation.Description}\n\nRequires: {who}.";

        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("401"))
        {
            operation.Responses["401"] = Problem("The X-Api-Key is not a valid key, or the bearer token is invalid or expired (sending neither is fine here).", context);
        }

        // Partner keys are rate limited on every route they may call (see PartnerRateLimiting).
        if (policies.Count > 0 && policies.All(AdmitsPartners) && !operation.Responses.ContainsKey("429"))
        {
            operation.Responses["429"] = Problem("Too many requests with this partner key; retry after Retry-After seconds.", context);
        }
    }

    private static OpenApiResponse Problem(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType
            {
                Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
            },
        },
    };

    private static OpenApiSecurityRequirement Requirement(string scheme, OperationFilterContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] };

    private static bool IsPublic(string policy) => policy.StartsWith(Policies.PublicOrScopePrefix, StringComparison.Ordinal);

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
