using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.GetVolunteerHours;

/// <summary>A volunteer's hours (check-out minus check-in of their shifts), in total and per campaign; summed by the database.</summary>
public sealed record GetVolunteerHoursQuery(Guid VolunteerId) : IQuery<VolunteerHoursDto>;

/// <summary>A volunteer's hours.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="TotalHours">All checked-out shifts together.</param>
/// <param name="ByCampaign">Per campaign, most hours first.</param>
public sealed record VolunteerHoursDto(Guid VolunteerId, double TotalHours, IReadOnlyList<CampaignHoursDto> ByCampaign);

/// <summary>Hours given in one campaign.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Title">Its title in kk, ru and optionally en.</param>
/// <param name="Hours">Hours given there.</param>
public sealed record CampaignHoursDto(Guid CampaignId, LocalizedTextDto Title, double Hours);

public sealed class GetVolunteerHoursQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetVolunteerHoursQuery, VolunteerHoursDto>
{
    public async ValueTask<VolunteerHoursDto> Handle(GetVolunteerHoursQuery query, CancellationToken cancellationToken)
    {
        user.EnsureStaffOrSelf(query.VolunteerId, "A volunteer sees only their own hours.");

        if (!await db.Volunteers.AnyAsync(v => v.Id == query.VolunteerId, cancellationToken))
        {
            throw new NotFoundException(nameof(Volunteer), query.VolunteerId);
        }

        var perCampaign = await db.SignUps.AsNoTracking()
            .WorkedBy(query.VolunteerId)
            .GroupBy(s => s.CampaignId)
            .Select(g => new { CampaignId = g.Key, Minutes = g.Sum(s => (long)s.WorkedMinutes!.Value) })
            .Join(db.Campaigns.AsNoTracking(), h => h.CampaignId, c => c.Id, (h, c) => new { h.CampaignId, c.Title, h.Minutes })
            .OrderByDescending(h => h.Minutes).ThenBy(h => h.CampaignId)
            .ToListAsync(cancellationToken);

        return new VolunteerHoursDto(
            query.VolunteerId,
            WorkedHours.FromTotalMinutes(perCampaign.Sum(h => h.Minutes)),
            [.. perCampaign.Select(h => new CampaignHoursDto(h.CampaignId, LocalizedTextDto.From(h.Title), WorkedHours.FromTotalMinutes(h.Minutes)))]);
    }
}
