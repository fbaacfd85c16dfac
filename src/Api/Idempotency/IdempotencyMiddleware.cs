using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Problems;
using Volunteers.Api.Security;
using Volunteers.Infrastructure.Idempotency;

namespace Volunteers.Api.Idempotency;

/// <summary>Marks a create endpoint as accepting <c>Idempotency-Key</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentAttribute : Attribute;

/// <summary>
/// Makes retries of create requests safe: the same <c>Idempotency-Key</c> with the same body returns the first
/// answer and creates nothing; with another body it is a 422. Only successful answers are kept; a failed request
/// releases its key so the client may retry it.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store, IProblemDetailsService problems)
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Set to <c>true</c> on an answer that repeats the first one for the same key.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    private const int MaxKeyLength = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null
            || !context.Request.Headers.TryGetValue(HeaderName, out var keys))
        {
            await next(context);
            return;
        }

        var key = keys.ToString().Trim();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "idempotency-key-invalid",
                $"The {HeaderName} header must be 1 to {MaxKeyLength} characters.");
            return;
        }

        var scope = CallerScope(context);
        var hash = await HashRequestAsync(context.Request);
        var cancellationToken = context.RequestAborted;
        var (claim, existing) = await store.ClaimAsync(scope, key, hash, cancellationToken);
        switch (claim)
        {
            case IdempotencyClaim.Replay:
                context.Response.StatusCode = existing!.StatusCode;
                context.Response.ContentType = existing.ContentType;
                if (existing.Location is not null)
                {
                    context.Response.Headers.Location = existing.Location;
                }

                context.Response.Headers[ReplayedHeaderName] = "true";
                await context.Response.Body.WriteAsync(existing.Body ?? [], cancellationToken);
                return;
            case IdempotencyClaim.KeyReusedWithDifferentBody:
                await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused",
                    $"This {HeaderName} was already used with a different request body.");
                return;
            case IdempotencyClaim.InProgress:
                await WriteProblemAsync(context, StatusCodes.Status409Conflict, "idempotency-request-in-progress",
                    $"A request with this {HeaderName} is still being processed; retry shortly.");
                return;
        }

        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                await store.CompleteAsync(scope, key, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    buffer.ToArray(), CancellationToken.None);
                completed = true;
            }
        }
        finally
        {
            context.Response.Body = originalBody;
            if (!completed)
            {
                await store.ReleaseAsync(scope, key, CancellationToken.None);
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, CancellationToken.None);
        }
    }

    /// <summary>
    /// Whose keys these are: the account or partner (their subject), or for anonymous callers their client address, so
    /// that one caller's <c>order-1</c> never meets another's.
    /// </summary>
    private static string CallerScope(HttpContext context) =>
        context.User.FindFirst(HttpCurrentUser.SubjectClaim)?.Value
        ?? "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private Task WriteProblemAsync(HttpContext context, int status, string rule, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Type = ProblemTypes.For(rule), Title = "Idempotency", Detail = detail },
        }).AsTask();
    }
}
