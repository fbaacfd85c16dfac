using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Common;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.Problems;

/// <summary>The one place where exceptions become RFC 9457 problem details. Outside Development nothing internal leaks.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            BadHttpRequestException bad => ForBadRequest(bad),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", notFound.Message),
            DomainRuleViolationException rule => Problem(StatusCodes.Status409Conflict, ProblemTypes.For(rule.Rule), "A rule was broken", rule.Message),
            AuthenticationFailedException auth => Problem(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized", auth.Message),
            TooManyTriesException tooMany => TooManyTries(httpContext, tooMany),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Forbidden", forbidden.Message),
            PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, ProblemTypes.PreconditionFailed, "Precondition failed", stale.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, ProblemTypes.ConcurrentUpdate, "Concurrent update",
                "Someone else changed this at the same time; fetch it again and retry."),
            DbUpdateException db when DatabaseErrors.IsUniqueViolation(db) => Problem(StatusCodes.Status409Conflict, ProblemTypes.UniqueConstraint, "Duplicate",
                "This would duplicate something that must be unique."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnhandled(logger, exception);
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemTypes.ServerError, "Server error",
                environment.IsDevelopment() ? exception.ToString() : "Something went wrong on our side; the trace id identifies it in our logs.");
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ForBadRequest(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => Problem(bad.StatusCode, ProblemTypes.PayloadTooLarge, "Payload too large", "The request body is larger than this endpoint accepts."),
        StatusCodes.Status415UnsupportedMediaType => Problem(bad.StatusCode, ProblemTypes.UnsupportedMediaType, "Unsupported media type", "Send the body as application/json."),
        _ when bad.InnerException is System.Text.Json.JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal) =>
            FieldProblem(path[2..]),
        _ => Problem(StatusCodes.Status400BadRequest, ProblemTypes.MalformedRequest, "Malformed request",
            bad.InnerException is System.Text.Json.JsonException ? "The request body is not valid JSON for this operation." : "The request could not be read."),
    };

    /// <summary>A body that is JSON but holds a value of the wrong kind (an unknown enum name, text for a number): named by its field.</summary>
    private static ValidationProblemDetails FieldProblem(string field) =>
        new(new Dictionary<string, string[]> { [field] = [ValidationMessages.Get(MessageKeys.JsonValueInvalid)] })
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.MalformedRequest,
            Title = "Malformed request",
            Detail = "The request body is not valid JSON for this operation; see errors for the field.",
        };

    private static ValidationProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "The request is not valid",
            Detail = "See errors for what to correct.",
        };
    }

    /// <summary>A 429 whose <c>Retry-After</c> says when the next try is allowed (whole seconds, at least one).</summary>
    private static ProblemDetails TooManyTries(HttpContext httpContext, TooManyTriesException tooMany)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(tooMany.RetryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, ProblemTypes.For(tooMany.Rule), "Too many tries", tooMany.Message);
    }

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
