using System.Text.Json;

namespace Volunteers.Client;

/// <summary>
/// An RFC 9457 problem the API answered with: <see cref="Type"/> names the rule that refused the request (a 409's
/// <c>https://volunteers.kz/problems/…</c>), <see cref="Errors"/> the fields a 400 rejected, <see cref="TraceId"/> the
/// request to quote to the API's operators.
/// </summary>
public sealed record ApiProblem(
    int Status,
    string? Type,
    string? Title,
    string? Detail,
    string? Instance,
    string? TraceId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();

    internal static ApiProblem From(int status, ProblemDetails problem) =>
        new(problem.Status ?? status, problem.Type, problem.Title, problem.Detail, problem.Instance, TraceIdOf(problem.AdditionalProperties), NoErrors);

    internal static ApiProblem From(int status, ValidationProblemDetails problem) =>
        new(problem.Status ?? status, problem.Type, problem.Title, problem.Detail, problem.Instance, TraceIdOf(problem.AdditionalProperties),
            new Dictionary<string, IReadOnlyList<string>>(problem.Errors));

    /// <summary>Reads a problem from a body the client did not type (a status the document does not declare).</summary>
    internal static ApiProblem? Parse(int status, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(body);
            return problem is null ? null : From(status, problem);
        }
        catch (JsonException)
        {
            return null; // not a problem document (e.g. a proxy's HTML page)
        }
    }

    private static string? TraceIdOf(IDictionary<string, object> extensions) =>
        extensions.TryGetValue("traceId", out var value) && value is JsonElement { ValueKind: JsonValueKind.String } text
            ? text.GetString()
            : value?.ToString();
}
