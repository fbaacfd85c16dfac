using Volunteers.Domain.Common;

namespace Volunteers.Domain.School;

/// <summary>How many trainees the school plans to take in a calendar year (e.g. 300); statistics compare against it.</summary>
public sealed class SchoolPlan
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private SchoolPlan()
    {
    }

    public int Year { get; private set; }
    public int Target { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static SchoolPlan Create(int year, int target, DateTimeOffset now)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainRuleViolationException("school-plan-year-invalid", $"A school plan is for a year from {FirstYear} to {LastYear}.");
        }

        var plan = new SchoolPlan { Year = year };
        plan.ChangeTarget(target, now);
        return plan;
    }

    public void ChangeTarget(int target, DateTimeOffset now)
    {
        if (target < 1)
        {
            throw new DomainRuleViolationException("school-plan-target-invalid", "The plan's target is at least one trainee.");
        }

        Target = target;
        UpdatedAt = now;
    }
}
