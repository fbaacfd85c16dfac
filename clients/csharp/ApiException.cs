using System.Net;

namespace Volunteers.Client;

/// <summary>What every failed call throws; these members read it without knowing which problem class was declared.</summary>
public partial class ApiException
{
    /// <summary>
    /// The problem details of the answer (<c>type</c>, <c>detail</c>, <c>traceId</c>, field errors), or null when its
    /// body is not one (a 304 has no body).
    /// </summary>
    public ApiProblem? Problem => this switch
    {
        ApiException<ValidationProblemDetails> validation => ApiProblem.From(StatusCode, validation.Result),
        ApiException<ProblemDetails> problem => ApiProblem.From(StatusCode, problem.Result),
        _ => ApiProblem.Parse(StatusCode, Response),
    };

    /// <summary>The copy sent in <c>If-None-Match</c> is still current (the generated client throws on 304).</summary>
    public bool IsNotModified => StatusCode == (int)HttpStatusCode.NotModified;
}
