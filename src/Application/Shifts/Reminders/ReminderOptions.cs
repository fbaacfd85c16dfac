namespace Volunteers.Application.Shifts.Reminders;

/// <summary>Configuration section <c>Reminders</c> (checked at start-up: positive minutes).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public static readonly IReadOnlyList<int> DefaultLeadMinutes = [1440, 120];

    /// <summary>How long before a shift's start each reminder goes: one mail per lead.</summary>
    public IReadOnlyList<int> LeadMinutes { get; set; } = DefaultLeadMinutes;
}
