namespace Volunteers.Domain.HelpRequests;

public enum BeneficiaryCategory
{
    LonelyPensioner,
    Veteran,
    Disability,
    LargeFamily,
    LowIncome,
    Other,
}

public enum HelpKind
{
    SnowClearing,
    Cleaning,
    GardenPreparation,
    FoodBasket,
    MedicineDelivery,
    Other,
}

public enum HelpRequestStatus
{
    New,
    Assigned,
    Completed,
    Cancelled,
}
