using Volunteers.Domain.Common;

namespace Volunteers.Domain.Mobilizations;

/// <summary>
/// An emergency mobilisation: for every day of its period the HQ draws a roster of <see cref="DailyActive"/> active
/// volunteers plus <see cref="Reserve"/> in reserve, optionally only from some directions and districts. Mobilisations
/// may overlap; a volunteer is on at most one roster a day across all of them.
/// </summary>
public sealed class Mobilization : Entity<Guid>
{
    public const int DefaultResponseWindowMinutes = 120;

    private Mobilization()
    {
    }

    public string Title { get; private set; } = null!;
    public string Reason { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int DailyActive { get; private set; }
    public int Reserve { get; private set; }

    /// <summary>Directions the volunteers must work in (any of them); empty means every direction.</summary>
    public IReadOnlyList<int> DirectionIds { get; private set; } = [];

    /// <summary>District codes the volunteers must live in (any of them); empty means the whole city.</summary>
    public IReadOnlyList<string> Districts { get; private set; } = [];

    /// <summary>How long an active volunteer has to confirm or decline before the place goes to the reserve.</summary>
    public int ResponseWindowMinutes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsEnded => EndedAt is not null;

    public TimeSpan ResponseWindow => TimeSpan.FromMinutes(ResponseWindowMinutes);

    public static Mobilization Declare(
        string title, string reason, DateOnly startsOn, DateOnly endsOn, int dailyActive, int reserve,
        IEnumerable<int>? directionIds, IEnumerable<string>? districts, int? responseWindowMinutes, DateTimeOffset now)
    {
        if (endsOn < startsOn)
        {
            throw new DomainRuleViolationException("mobilization-period-unordered", "A mobilisation ends on or after the day it starts.");
        }

        if (dailyActive < 1 || reserve < 0)
        {
            throw new DomainRuleViolationException("mobilization-counts-invalid", "A mobilisation needs at least one active volunteer a day, and a reserve of zero or more.");
        }

        var window = responseWindowMinutes ?? DefaultResponseWindowMinutes;
        if (window < 1)
        {
            throw new DomainRuleViolationException("mobilization-response-window-invalid", "The response window is at least one minute.");
        }

        return new Mobilization
        {
            Id = Guid.CreateVersion7(now),
            Title = title.Trim(),
            Reason = reason.Trim(),
            StartsOn = startsOn,
            EndsOn = endsOn,
            DailyActive = dailyActive,
            Reserve = reserve,
            DirectionIds = [.. (directionIds ?? []).Distinct().Order()],
            Districts = [.. (districts ?? []).Distinct().Order(StringComparer.Ordinal)],
            ResponseWindowMinutes = window,
            CreatedAt = now,
        };
    }

    /// <summary>The emergency is over: no more rosters, answers or call-ups.</summary>
    public void End(DateTimeOffset now)
    {
        if (IsEnded)
        {
            throw new DomainRuleViolationException("mobilization-already-ended", "The mobilisation has already ended.");
        }

        EndedAt = now;
    }

    /// <summary>A roster may be drawn for a day of the period while the mobilisation runs.</summary>
    public void EnsureRosterCanBeDrawnFor(DateOnly date)
    {
        EnsureNotEnded();
        if (date < StartsOn || date > EndsOn)
        {
            throw new DomainRuleViolationException("roster-date-outside-period",
                $"The roster day {date:yyyy-MM-dd} is outside the mobilisation's period {StartsOn:yyyy-MM-dd} – {EndsOn:yyyy-MM-dd}.");
        }
    }

    public void EnsureNotEnded()
    {
        if (IsEnded)
        {
            throw new DomainRuleViolationException("mobilization-ended", "The mobilisation has ended.");
        }
    }
}
