using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// Realistic examples for the fields that recur across the API (an e-mail, a Kazakh phone, a valid IIN, a district
/// code, multilingual text…), so every request body in Swagger UI starts from something the API accepts.
/// </summary>
internal sealed class ExampleSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, Func<JsonNode>> ByPropertyName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = () => JsonValue.Create("aigerim.nurlanovna@example.kz"),
        ["phone"] = () => JsonValue.Create("+7 701 234 56 78"),
        ["iin"] = () => JsonValue.Create("050615500015"),
        ["dateOfBirth"] = () => JsonValue.Create("2005-06-15"),
        ["firstName"] = () => JsonValue.Create("Айгерім"),
        ["lastName"] = () => JsonValue.Create("Нұрланова"),
        ["middleName"] = () => JsonValue.Create("Нұрланқызы"),
        ["fullName"] = () => JsonValue.Create("Айгерім Нұрланова"),
        ["district"] = () => JsonValue.Create("Yesil"),
        ["districts"] = () => new JsonArray("Yesil", "Saryarka"),
        ["languages"] = () => new JsonArray("kk", "ru"),
        ["directionIds"] = () => new JsonArray(1, 2),
        ["directionId"] = () => JsonValue.Create(2),
        ["password"] = () => JsonValue.Create("Qamqorlyq2026"),
        ["reason"] = () => JsonValue.Create("Қала шегінде су тасқыны"),
        ["location"] = () => JsonValue.Create("Астана, Сарыарқа ауданы, Жеңіс даңғылы 1"),
        ["address"] = () => JsonValue.Create("Астана, Абай даңғылы 10, 25-пәтер"),
        ["capacity"] = () => JsonValue.Create(10),
        ["url"] = () => JsonValue.Create("https://partner.example.kz/hooks/volunteers"),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null)
        {
            return;
        }

        var isLocalizedText = concrete.Properties.ContainsKey("kk") && concrete.Properties.ContainsKey("ru");
        if (isLocalizedText)
        {
            concrete.Examples =
            [
                new JsonObject
                {
                    ["kk"] = "Қамқорлық мекенжайы",
                    ["ru"] = "Адрес заботы",
                    ["en"] = "Address of Care",
                },
            ];
            return;
        }

        foreach (var (name, property) in concrete.Properties)
        {
            if (property is OpenApiSchema { Examples: null or [] } target && ByPropertyName.TryGetValue(name, out var example))
            {
                target.Examples = [example()];
            }
        }
    }
}
