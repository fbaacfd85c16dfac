namespace Volunteers.Api.Problems;

/// <summary>Problem <c>type</c> URIs. A broken domain rule gets its own URI, named after the rule.</summary>
public static class ProblemTypes
{
    public const string Base = "https://volunteers.astana.kz/problems/";

    public static string For(string rule) => Base + rule;

    public static readonly string Validation = For("validation");
    public static readonly string MalformedRequest = For("malformed-request");
    public static readonly string NotFound = For("not-found");
    public static readonly string Unauthorized = For("unauthorized");
    public static readonly string Forbidden = For("forbidden");
    public static readonly string PreconditionFailed = For("precondition-failed");
    public static readonly string ConcurrentUpdate = For("concurrent-update");
    public static readonly string UniqueConstraint = For("duplicate");
    public static readonly string PayloadTooLarge = For("payload-too-large");
    public static readonly string UnsupportedMediaType = For("unsupported-media-type");
    public static readonly string MethodNotAllowed = For("method-not-allowed");
    public static readonly string RateLimited = For("rate-limited");
    public static readonly string ServerError = For("server-error");
}
