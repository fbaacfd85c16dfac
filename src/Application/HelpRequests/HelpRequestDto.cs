using Riok.Mapperly.Abstractions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests;

/// <summary>The person who needs help (phone and address are personal data: masked for anyone but staff).</summary>
/// <param name="FullName">Full name.</param>
/// <param name="Phone" example="+77012345678">Kazakh mobile number; any common spelling in, E.164 out (masked for partner systems: <c>+7701*****78</c>).</param>
/// <param name="Address">Where the help is needed (null for partner systems: staff only).</param>
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

/// <summary>
/// A beneficiary's phone and address are personal data (SPEC §2): staff see them; anyone else who may read help
/// requests — a partner system with <c>help-requests:read</c> — gets the phone masked and no address.
/// </summary>
public static class BeneficiaryPrivacy
{
    private const int PhoneShownPrefix = 5;
    private const int PhoneShownSuffix = 2;

    /// <summary>The request as <paramref name="user"/> may see it.</summary>
    public static HelpRequestDto ShownTo(this HelpRequestDto request, ICurrentUser user) =>
        user.IsStaff()
            ? request
            : request with { Beneficiary = request.Beneficiary with { Phone = MaskPhone(request.Beneficiary.Phone), Address = null } };

    /// <summary><c>+77012345678</c> → <c>+7701*****78</c>: the operator and the last digits, enough to recognise a number, not to call it.</summary>
    public static string? MaskPhone(string? phone) =>
        phone is { Length: > PhoneShownPrefix + PhoneShownSuffix }
            ? string.Concat(phone.AsSpan(0, PhoneShownPrefix), new string('*', phone.Length - PhoneShownPrefix - PhoneShownSuffix), phone.AsSpan(phone.Length - PhoneShownSuffix))
            : phone;
}
