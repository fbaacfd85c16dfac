using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Security;
using Volunteers.Application.Auth.AcceptInvitation;
using Volunteers.Application.Auth.GetMe;
using Volunteers.Application.Auth.Login;
using Volunteers.Application.Auth.Refresh;
using Volunteers.Application.Auth;

namespace Volunteers.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", Login).WithName("logIn").ProducesProblems(400, 401);
        auth.MapPost("/refresh", Refresh).WithName("refreshToken").ProducesProblems(400, 401);
        auth.MapPost("/accept-invitation", AcceptInvitation).WithName("acceptInvitation").ProducesProblems(400, 404, 409);
        api.MapGet("/me", GetMe).WithName("getCurrentAccount").WithTags("Auth").RequirePolicy(Policies.SignedIn);
    }

    /// <summary>Sign in with e-mail and password.</summary>
    /// <remarks>Five failed attempts in a row lock the account for 15 minutes; then even the right password gets 401.</remarks>
    public static async Task<Ok<TokenResponse>> Login(LoginCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    /// <summary>Exchange a refresh token for a new token pair.</summary>
    /// <remarks>Refresh tokens rotate: the one sent stops working.</remarks>
    public static async Task<Ok<TokenResponse>> Refresh(RefreshCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    /// <summary>Set a password with an invitation token (staff accounts and volunteers).</summary>
    /// <remarks>The token works once and expires; then sign in with the account's e-mail.</remarks>
    public static async Task<NoContent> AcceptInvitation(AcceptInvitationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The signed-in account: id, e-mail, name, roles and, for volunteers, their volunteer id.</summary>
    public static async Task<Ok<MeDto>> GetMe(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMeQuery(), cancellationToken));
}
