namespace Volunteers.Domain.Volunteers;

/// <summary>Where the HQ's consent to process a volunteer's personal data comes from.</summary>
public enum ConsentSource
{
    /// <summary>Given on the public application form (time and text version are on the application).</summary>
    Application,

    /// <summary>Held in the HQ's own records; the volunteer was imported from them.</summary>
    Import,
}
