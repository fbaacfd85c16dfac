using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// A relative server (the paths already start with <c>/api/v1</c>), so generated clients call whichever host they are
/// given; and the document's tag list in name order, one per resource.
/// </summary>
internal sealed class ServersAndTagsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document." }];
        var tags = swaggerDoc.Paths.Values
            .Where(path => path.Operations is not null)
            .SelectMany(path => path.Operations!.Values)
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal);
        swaggerDoc.Tags = new SortedSet<OpenApiTag>(tags.Select(name => new OpenApiTag { Name = name }), Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
    }
}
