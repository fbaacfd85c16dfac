using System.Globalization;
using Volunteers.Application.Shifts.Reminders;

namespace Volunteers.Api.Hosting;

/// <summary>
/// <c>Reminders:LeadMinutes</c>: how long before a shift each reminder goes — a list (<c>Reminders__LeadMinutes__0=1440</c>)
/// or one comma-separated value (<c>1440,120</c>) of positive whole minutes; unset, 24 h and 2 h.
/// </summary>
internal static class ReminderSettings
{
    public const string LeadMinutesKey = $"{ReminderOptions.SectionName}:LeadMinutes";

    /// <summary>A problem with the configured leads, as one line for the start-up checks; null when they are unset or usable.</summary>
    public static string? FindProblem(IConfiguration configuration) =>
        Parse(configuration, out var invalid) is null
            ? $"{LeadMinutesKey} '{invalid}' is not a lead time; accepted: positive whole minutes before a shift's start, as a list or comma-separated (e.g. 1440,120)."
            : null;

    /// <summary>The configured leads; call after <see cref="FindProblem"/> found none.</summary>
    public static IReadOnlyList<int> LeadMinutes(IConfiguration configuration) => Parse(configuration, out _) ?? ReminderOptions.DefaultLeadMinutes;

    private static List<int>? Parse(IConfiguration configuration, out string? invalid)
    {
        invalid = null;
        var section = configuration.GetSection(LeadMinutesKey);
        var texts = section.GetChildren().Select(c => c.Value ?? string.Empty).ToList();
        if (texts.Count == 0 && section.Value is { } single)
        {
            texts = [.. single.Split(',', StringSplitOptions.TrimEntries)];
        }

        if (texts.Count == 0)
        {
            return [.. ReminderOptions.DefaultLeadMinutes];
        }

        var leads = new List<int>();
        foreach (var text in texts)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes <= 0)
            {
                invalid = text;
                return null;
            }

            leads.Add(minutes);
        }

        return leads;
    }
}
