namespace Volunteers.Domain.Volunteers;

/// <summary>Age in whole years, and the age limits of the HQ: volunteers are 14 or older, and under 18 need a guardian.</summary>
public static class Age
{
    public const int Minimum = 14;
    public const int Adult = 18;

    /// <summary>Completed years on <paramref name="today"/> (the birthday itself counts).</summary>
    public static int On(DateOnly birthDate, DateOnly today)
    {
        var years = today.Year - birthDate.Year;
        return today < birthDate.AddYears(years) ? years - 1 : years;
    }
}
