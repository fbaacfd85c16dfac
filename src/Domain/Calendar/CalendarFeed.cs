namespace Volunteers.Domain.Calendar;

/// <summary>
/// A volunteer's private calendar-feed address: the token in the URL is the only credential (phones cannot sign in),
/// so only its hash is stored, and a new one replaces the old at once.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    /// <summary>One feed per volunteer.</summary>
    public Guid VolunteerId { get; private set; }

    public string TokenHash { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }

    public static CalendarFeed Open(Guid volunteerId, string tokenHash, DateTimeOffset now) =>
        new() { VolunteerId = volunteerId, TokenHash = tokenHash, CreatedAt = now };

    /// <summary>A new address; the previous one stops working.</summary>
    public void Replace(string tokenHash, DateTimeOffset now)
    {
        TokenHash = tokenHash;
        CreatedAt = now;
    }
}
