using Riok.Mapperly.Abstractions;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests;

/// <summary>The person who needs help (personal data: staff only).</summary>
/// <param name="FullName">Full name.</param>
/// <param name="Phone" example="+77012345678">Kazakh mobile number; any common spelling in, E.164 out.</param>
/// <param name="Address">Where the help is needed.</param>
/// <param name="District">District code (see <c>GET /districts</c>).</param>
/// <param name="Category">LonelyPensioner, Veteran, Disability, LargeFamily, LowIncome or Other.</param>
public sealed record BeneficiaryDto(string? FullName, string? Phone, string? Address, string? District, BeneficiaryCategory? Category);

/// <summary>A help request.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="Beneficiary">Who needs help.</param>
/// <param name="Kind">SnowClearing, Cleaning, GardenPreparation, FoodBasket, MedicineDelivery or Other.</param>
/// <param name="Details">What exactly is needed.</param>
/// <param name="PreferredDate">The day the beneficiary prefers (HQ calendar).</param>
/// <param name="Status">New, Assigned, Completed or Cancelled.</param>
/// <param name="ShiftId">The shift it is assigned to.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="AssignedAt">When it was assigned.</param>
/// <param name="CompletedAt">When it was completed.</param>
/// <param name="CancelledAt">When it was cancelled.</param>
public sealed record HelpRequestDto(
    Guid Id,
    BeneficiaryDto Beneficiary,
    HelpKind Kind,
    string? Details,
    DateOnly? PreferredDate,
    HelpRequestStatus Status,
    Guid? ShiftId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? CancelledAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class HelpRequestMappings
{
    public static partial HelpRequestDto ToDto(this HelpRequest request);

    public static partial IQueryable<HelpRequestDto> ProjectToDto(this IQueryable<HelpRequest> requests);

    [MapProperty(nameof(Beneficiary.DistrictCode), nameof(BeneficiaryDto.District))]
    private static partial BeneficiaryDto ToDto(Beneficiary beneficiary);
}
