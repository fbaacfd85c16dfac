using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Problems;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Api.Security;
using Volunteers.Infrastructure.Idempotency;

namespace Volunteers.Api.Idempotency;

/// <summary>Marks a create endpoint as accepting <c>Idempotency-Key</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentAttribute : Attribute;

/// <summary>
/// Makes retries of create requests safe: the same <c>Idempotency-Key</c> with the same body returns the first
/// answer and creates nothing; with another body it is a 422. The request runs in one transaction on the request's
/// unit of work, and its answer is written into the key's record in that same transaction (SPEC §3), so the change and
/// its answer commit together or not at all: after a crash, a failure or a non-success answer nothing of the request is
/// left and a retry runs afresh; after a commit a retry replays. Only successful answers are kept.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Set to <c>true</c> on an answer that repeats the first one for the same key.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    private const int MaxKeyLength = 100;

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store, IUnitOfWork unitOfWork)
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
        var answered = await store.FindAnsweredAsync(scope, key, cancellationToken);
        if (answered is null)
        {
            if (await TryRunAsync(context, store, unitOfWork, scope, key, hash))
            {
                return;
            }

            // A request with the same key committed while this one waited for it: answer as it did.
            unitOfWork.ForgetChanges();
            answered = await store.FindAnsweredAsync(scope, key, cancellationToken);
            if (answered is null)
            {
                await WriteProblemAsync(context, StatusCodes.Status409Conflict, "idempotency-request-in-progress",
                    $"A request with this {HeaderName} is still being processed; retry shortly.");
                return;
            }
        }

        if (answered.RequestHash != hash)
        {
            await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused",
                $"This {HeaderName} was already used with a different request body.");
            return;
        }

        context.Response.StatusCode = answered.StatusCode;
        context.Response.ContentType = answered.ContentType;
        if (answered.Location is not null)
        {
            context.Response.Headers.Location = answered.Location;
        }

        context.Response.Headers[ReplayedHeaderName] = "true";
        await context.Response.Body.WriteAsync(answered.Body ?? [], cancellationToken);
    }

    /// <summary>
    /// Runs the endpoint inside one transaction that also holds the key's record, and commits both when the answer is a
    /// success; otherwise (an error answer, an exception, a crash) the transaction rolls back and takes the key with it.
    /// Returns <c>false</c>, having run nothing, when a concurrent request with the same key committed first.
    /// </summary>
    private async Task<bool> TryRunAsync(HttpContext context, IdempotencyStore store, IUnitOfWork unitOfWork, string scope, string key, string hash)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(context.RequestAborted);
        var record = await store.TryReserveAsync(scope, key, hash, context.RequestAborted);
        if (record is null)
        {
            return false;
        }

        // The answer is held back until it has been committed, so a client never sees a success that was rolled back.
        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                await store.CompleteAsync(record, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    buffer.ToArray(), CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            }
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, CancellationToken.None);
        return true;
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
