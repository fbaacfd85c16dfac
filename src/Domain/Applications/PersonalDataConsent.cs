namespace Volunteers.Domain.Applications;

/// <summary>The applicant's consent to the processing of their personal data: when, and to which text.</summary>
public sealed record PersonalDataConsent(DateTimeOffset GivenAt, string TextVersion)
{
    /// <summary>The version of the consent text the public form shows now. Change it whenever the text changes.</summary>
    public const string CurrentTextVersion = "pd-consent-2026-01";
}
