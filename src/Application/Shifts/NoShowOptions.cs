namespace Volunteers.Application.Shifts;

/// <summary>Configuration section <c>NoShow</c>: when a seat nobody checked in to becomes a no-show.</summary>
public sealed class NoShowOptions
{
    public const string SectionName = "NoShow";

    /// <summary>The longest delay accepted (30 days): later than that, a no-show would come too late to mean anything.</summary>
    public const int MaxAfterMinutes = 30 * 24 * 60;

    /// <summary>Minutes after a shift's end when its confirmed sign-ups without a check-in become no-shows.</summary>
    public int AfterMinutes { get; set; } = 120;

    /// <summary>Run the marking pass in this instance (several instances may all run it; each sign-up is marked once).</summary>
    public bool BackgroundPassEnabled { get; set; } = true;

    /// <summary>How often the pass runs.</summary>
    public int IntervalSeconds { get; set; } = 60;
}
