using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Attendance;

/// <summary>The seat behind an attendance link, as anonymous callers may see it.</summary>
/// <param name="ShiftId">The shift.</param>
/// <param name="CampaignTitle">The campaign's title in kk, ru and optionally en.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="Location">Where to meet.</param>
/// <param name="FirstName">The volunteer's first name (no other personal data).</param>
/// <param name="Status">The sign-up's status.</param>
/// <param name="Answer">Coming, NotComing, or null before an answer.</param>
public sealed record AttendanceDto(
    Guid ShiftId,
    LocalizedTextDto CampaignTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Location,
    string FirstName,
    SignUpStatus Status,
    AttendanceAnswer? Answer);

/// <summary>
/// Finding a seat by the token of its attendance link: the token is the credential, stored only as its SHA-256. A link
/// is dead (404, alike for every reason, so nothing is told about tokens) once unknown, its shift over, or its campaign
/// no longer public.
/// </summary>
internal static class AttendanceLinks
{
    /// <summary>Longer than any token the API hands out; anything longer is not one.</summary>
    public const int MaxTokenLength = 100;

    public static async Task<(SignUp SignUp, Shift Shift, Campaign Campaign)> FindLiveAsync(
        IApplicationDbContext db, ISecretGenerator secrets, string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            throw Dead();
        }

        var hash = secrets.Hash(token);
        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.AttendanceTokenHash == hash, cancellationToken) ?? throw Dead();
        var found = await db.Shifts.AsNoTracking()
            .Where(s => s.Id == signUp.ShiftId)
            .Join(db.Campaigns.AsNoTracking(), s => s.CampaignId, c => c.Id, (s, c) => new { Shift = s, Campaign = c })
            .SingleAsync(cancellationToken);
        return found.Shift.EndsAt <= now || !found.Campaign.IsPublic ? throw Dead() : (signUp, found.Shift, found.Campaign);
    }

    public static AttendanceDto ToDto(SignUp signUp, Shift shift, Campaign campaign, string firstName) => new(
        shift.Id, LocalizedTextDto.From(campaign.Title), shift.StartsAt, shift.EndsAt, shift.Location, firstName, signUp.Status, signUp.Answer);

    private static NotFoundException Dead() => new("The attendance link is unknown or no longer works.");
}
