using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.HelpRequests;

/// <summary>The person who needs help. Personal data: visible to staff only.</summary>
public sealed record Beneficiary
{
    public const int FullNameMaxLength = 200;
    public const int AddressMaxLength = 500;

    public Beneficiary(string fullName, PhoneNumber phone, string address, string districtCode, BeneficiaryCategory category)
        : this(fullName.Trim(), phone.Value, address.Trim(), districtCode, category)
    {
    }

    private Beneficiary(string fullName, string phone, string address, string districtCode, BeneficiaryCategory category)
    {
        FullName = fullName;
        Phone = phone;
        Address = address;
        DistrictCode = districtCode;
        Category = category;
    }

    public string FullName { get; private init; }

    /// <summary>E.164, e.g. <c>+77012345678</c>.</summary>
    public string Phone { get; private init; }

    public string Address { get; private init; }
    public string DistrictCode { get; private init; }
    public BeneficiaryCategory Category { get; private init; }
}
