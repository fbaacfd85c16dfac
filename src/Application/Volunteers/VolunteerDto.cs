using Riok.Mapperly.Abstractions;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers;

/// <summary>
/// A volunteer as staff and the volunteer themself see them. Personal data (IIN, birth date, phone, e-mail) is null once
/// erased. <see cref="Hours"/> counts checked-out shift time (<see cref="VolunteerHours"/>); <see cref="NoShows"/> the
/// shifts they held a seat on and never came to.
/// </summary>
public sealed record VolunteerDto(
    Guid Id,
    string FirstName,
    string LastName,
    string? MiddleName,
    string? Iin,
    DateOnly? DateOfBirth,
    string? Phone,
    string? Email,
    string District,
    IReadOnlyList<string> Languages,
    IReadOnlyList<int> DirectionIds,
    string MessageLanguage,
    bool NonEmergencyMessages,
    bool ShiftReminders,
    VolunteerStatus Status,
    string? StatusReason,
    StageKind? CurrentStage,
    DateOnly? SchoolPassedOn,
    double Hours,
    int NoShows,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnonymizedAt);

/// <summary>A volunteer in the registry list (staff only); <see cref="Hours"/> as in <see cref="VolunteerDto"/>.</summary>
public sealed record VolunteerListItemDto(
    Guid Id,
    string FirstName,
    string LastName,
    string? MiddleName,
    string? Iin,
    string? Phone,
    string? Email,
    string District,
    IReadOnlyList<int> DirectionIds,
    VolunteerStatus Status,
    StageKind? CurrentStage,
    DateTimeOffset CreatedAt,
    double Hours);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class VolunteerMappings
{
    [MapProperty(nameof(Volunteer.DistrictCode), nameof(VolunteerDto.District))]
    [MapProperty(nameof(Volunteer.Directions), nameof(VolunteerDto.DirectionIds), Use = nameof(DirectionIds))]
    public static partial VolunteerDto ToDto(this Volunteer volunteer, double hours, int noShows);

    public static partial IQueryable<VolunteerListItemDto> ProjectToListItem(this IQueryable<Volunteer> volunteers);

    [MapProperty(nameof(Volunteer.DistrictCode), nameof(VolunteerListItemDto.District))]
    [MapProperty(nameof(Volunteer.Directions), nameof(VolunteerListItemDto.DirectionIds), Use = nameof(DirectionIds))]
    [MapValue(nameof(VolunteerListItemDto.Hours), 0d)] // summed over sign-ups per page by the list query (VolunteerHours.TotalsAsync)
    private static partial VolunteerListItemDto ToListItem(Volunteer volunteer);

    /// <summary>The ids of the directions a volunteer works in.</summary>
    public static IReadOnlyList<int> DirectionIds(IReadOnlyCollection<VolunteerDirection> directions) =>
        directions.Select(d => d.DirectionId).ToList();
}
