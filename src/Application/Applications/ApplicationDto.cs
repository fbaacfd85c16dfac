using Riok.Mapperly.Abstractions;
using Volunteers.Domain.Applications;

namespace Volunteers.Application.Applications;

/// <summary>An application as the coordinators review it, with the applicant's personal data.</summary>
public sealed record ApplicationDto(
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
    string? Motivation,
    GuardianDto? Guardian,
    ConsentDto PersonalDataConsent,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    string? RejectionReason,
    Guid? VolunteerId);

/// <summary>The guardian of an applicant aged 14 to 17.</summary>
public sealed record GuardianDto(string FullName, string Phone);

/// <summary>When the applicant consented to the processing of their personal data, and to which text version.</summary>
public sealed record ConsentDto(DateTimeOffset GivenAt, string TextVersion);

/// <summary>An application in the review list.</summary>
public sealed record ApplicationListItemDto(
    Guid Id,
    string FirstName,
    string LastName,
    string? MiddleName,
    string District,
    IReadOnlyList<int> DirectionIds,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApplicationMappings
{
    [MapProperty(nameof(VolunteerApplication.DistrictCode), nameof(ApplicationDto.District))]
    [MapPropertyFromSource(nameof(ApplicationDto.Guardian), Use = nameof(GuardianOf))]
    [MapPropertyFromSource(nameof(ApplicationDto.PersonalDataConsent), Use = nameof(ConsentOf))]
    public static partial ApplicationDto ToDto(this VolunteerApplication application);

    public static partial IQueryable<ApplicationListItemDto> ProjectToListItem(this IQueryable<VolunteerApplication> applications);

    [MapProperty(nameof(VolunteerApplication.DistrictCode), nameof(ApplicationListItemDto.District))]
    private static partial ApplicationListItemDto ToListItem(VolunteerApplication application);

    private static GuardianDto? GuardianOf(VolunteerApplication application) =>
        application is { GuardianFullName: { } name, GuardianPhone: { } phone } ? new GuardianDto(name, phone) : null;

    private static ConsentDto ConsentOf(VolunteerApplication application) => new(application.ConsentGivenAt, application.ConsentTextVersion);
}
