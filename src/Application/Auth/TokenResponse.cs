namespace Volunteers.Application.Auth;

/// <summary>What a successful sign-in or refresh returns.</summary>
/// <param name="AccessToken">A short-lived JWT to send as <c>Authorization: Bearer …</c>.</param>
/// <param name="RefreshToken">A single-use token to get the next pair from <c>POST /auth/refresh</c>.</param>
/// <param name="ExpiresIn">Seconds until the access token expires.</param>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn);
