namespace Volunteers.Application.Statistics;

/// <summary>Configuration section <c>Stats</c>.</summary>
public sealed class StatsOptions
{
    public const string SectionName = "Stats";

    /// <summary>People the HQ trained before this system, added to everyone who passed the school here.</summary>
    public int HistoricalTrainedBaseline { get; set; } = 2500;

    /// <summary>The year the HQ's training count starts from.</summary>
    public int HistoricalTrainedSince { get; set; } = 2014;
}
