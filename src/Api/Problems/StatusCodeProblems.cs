namespace Volunteers.Api.Problems;

/// <summary>
/// Completes the problems the framework writes by itself — 401/403 from authorisation, 404/405 from routing, 415 from
/// body binding — so that they look like ours (SPEC §3): a <c>type</c> of this API instead of an RFC section link,
/// and a <c>detail</c>. Problems our own code writes already have both and are left alone.
/// </summary>
internal static class StatusCodeProblems
{
    private const string RfcTypePrefix = "https://tools.ietf.org/";

    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status || Known(status) is not { } known)
        {
            return;
        }

        if (problem.Type is null || problem.Type.StartsWith(RfcTypePrefix, StringComparison.Ordinal))
        {
            problem.Type = known.Type;
        }

        problem.Detail ??= known.Detail;
    }

    private static (string Type, string Detail)? Known(int status) => status switch
    {
        StatusCodes.Status400BadRequest => (ProblemTypes.MalformedRequest, "The request could not be read."),
        StatusCodes.Status401Unauthorized => (ProblemTypes.Unauthorized, "Sign in and send the bearer token, or send a valid X-Api-Key."),
        StatusCodes.Status403Forbidden => (ProblemTypes.Forbidden, "Your role or your key's scopes do not allow this."),
        StatusCodes.Status404NotFound => (ProblemTypes.NotFound, "Nothing is at this address."),
        StatusCodes.Status405MethodNotAllowed => (ProblemTypes.MethodNotAllowed, "This address does not take this HTTP method."),
        StatusCodes.Status413PayloadTooLarge => (ProblemTypes.PayloadTooLarge, "The request body is larger than this endpoint accepts."),
        StatusCodes.Status415UnsupportedMediaType => (ProblemTypes.UnsupportedMediaType, "Send the body as application/json."),
        StatusCodes.Status429TooManyRequests => (ProblemTypes.RateLimited, "Too many requests; try again after Retry-After seconds."),
        _ => null,
    };
}
