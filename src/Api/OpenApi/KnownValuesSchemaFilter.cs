using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Volunteers.Domain.Partners;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// Closed sets of strings that C# keeps as constants become enums for clients: partner scopes (<c>PartnerScope</c>) and
/// webhook event types (<c>WebhookEventType</c>), both from the lists the validators check against. A dictionary keyed by
/// an enum (<c>passedByStage</c>) is a map whose keys are that enum's values, not an object with PascalCase properties.
/// </summary>
internal sealed class KnownValuesSchemaFilter : ISchemaFilter
{
    public const string PartnerScopeSchema = "PartnerScope";
    public const string WebhookEventTypeSchema = "WebhookEventType";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (EnumKeyedDictionaryValue(context.Type) is { } key)
        {
            concrete.Properties?.Clear();
            concrete.AdditionalProperties = context.SchemaGenerator.GenerateSchema(key.Value, context.SchemaRepository);
            concrete.AdditionalPropertiesAllowed = true;
            concrete.Description = $"Keyed by {key.Key.Name}: {string.Join(", ", Enum.GetNames(key.Key))}.";
            return;
        }

        if (concrete.Properties is null || context.Type.Namespace is not { } ns)
        {
            return;
        }

        foreach (var (name, property) in concrete.Properties.ToList())
        {
            var known = (ns, name) switch
            {
                _ when ns.Contains(".Partners", StringComparison.Ordinal) && name == "scopes" => Reference(PartnerScopeSchema, PartnerScopes.All, context),
                _ when ns.Contains(".Webhooks", StringComparison.Ordinal) && name is "events" or "eventType" => Reference(WebhookEventTypeSchema, WebhookEventTypes.All, context),
                _ => null,
            };
            if (known is null || property is not OpenApiSchema target)
            {
                continue;
            }

            if (target.Items is not null)
            {
                target.Items = known;
            }
            else
            {
                concrete.Properties[name] = string.IsNullOrEmpty(target.Description) ? known : new OpenApiSchema { AllOf = [known], Description = target.Description };
            }
        }
    }

    private static OpenApiSchemaReference Reference(string id, IReadOnlyList<string> values, SchemaFilterContext context)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(id))
        {
            context.SchemaRepository.AddDefinition(id, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
            });
        }

        return new OpenApiSchemaReference(id);
    }

    private static KeyValuePair<Type, Type>? EnumKeyedDictionaryValue(Type type)
    {
        var dictionary = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        return dictionary?.GetGenericArguments() is [{ IsEnum: true } key, var value] ? new(key, value) : null;
    }
}
