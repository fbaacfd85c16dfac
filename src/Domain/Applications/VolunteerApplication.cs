using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.Applications;

/// <summary>
/// An application sent through the public form. A coordinator approves it (the applicant becomes a trainee) or
/// rejects it with a reason; either decision is final and records who made it and when.
/// </summary>
public sealed class VolunteerApplication : Entity<Guid>
{
    public const int MaxDirections = 3;

    private VolunteerApplication()
    {
    }

    public string FirstName { get; private set; } = null!;
    public string LastName { get; private set; } = null!;
    public string? MiddleName { get; private set; }

    /// <summary>Null only once the personal data was erased.</summary>
    public string? Iin { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string DistrictCode { get; private set; } = null!;
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public IReadOnlyList<int> DirectionIds { get; private set; } = [];
    public string? Motivation { get; private set; }
    public string? GuardianFullName { get; private set; }
    public string? GuardianPhone { get; private set; }
    public DateTimeOffset ConsentGivenAt { get; private set; }
    public string ConsentTextVersion { get; private set; } = null!;
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The staff account that approved or rejected the application.</summary>
    public Guid? DecidedBy { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>The volunteer the approval created.</summary>
    public Guid? VolunteerId { get; private set; }
    public DateTimeOffset? AnonymizedAt { get; private set; }

    /// <summary>
    /// Receives an application. The applicant is at least 14 on <paramref name="today"/> (the HQ's date); one aged
    /// 14 to 17 names a guardian, whom an adult applicant does not need.
    /// </summary>
    public static VolunteerApplication Submit(
        PersonalData applicant, string districtCode, IReadOnlyCollection<string> languages, IReadOnlyCollection<int> directionIds,
        string? motivation, Guardian? guardian, PersonalDataConsent consent, DateOnly today, DateTimeOffset now)
    {
        var age = Age.On(applicant.Iin.BirthDate, today);
        if (age < Age.Minimum)
        {
            throw new DomainRuleViolationException("applicant-too-young", $"Volunteers are {Age.Minimum} or older.");
        }

        if (age < Age.Adult && guardian is null)
        {
            throw new DomainRuleViolationException("applicant-guardian-required", "An applicant under 18 needs a guardian's consent.");
        }

        if (directionIds.Distinct().Count() is < 1 or > MaxDirections)
        {
            throw new DomainRuleViolationException("application-directions-count", $"An application names one to {MaxDirections} directions.");
        }

        if (languages.Count == 0 || !languages.All(Language.IsSupported))
        {
            throw new DomainRuleViolationException("volunteer-languages-invalid", "A volunteer speaks one or more of kk, ru and en.");
        }

        var minor = age < Age.Adult;
        return new VolunteerApplication
        {
            Id = Guid.CreateVersion7(now),
            FirstName = applicant.FirstName,
            LastName = applicant.LastName,
            MiddleName = applicant.MiddleName,
            Iin = applicant.Iin.Value,
            DateOfBirth = applicant.Iin.BirthDate,
            Phone = applicant.Phone.Value,
            Email = applicant.Email,
            DistrictCode = districtCode,
            Languages = [.. languages.Distinct()],
            DirectionIds = [.. directionIds.Distinct()],
            Motivation = motivation,
            GuardianFullName = minor ? guardian!.FullName : null,
            GuardianPhone = minor ? guardian!.Phone.Value : null,
            ConsentGivenAt = consent.GivenAt,
            ConsentTextVersion = consent.TextVersion,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = now,
        };
    }

    /// <summary>Approves the application: the applicant becomes a trainee, ready for the school's first stage.</summary>
    public Volunteer Approve(Guid decidedBy, DateTimeOffset now)
    {
        EnsureUndecided();
        var person = new PersonalData(FirstName, LastName, MiddleName, Volunteers.Iin.Parse(Iin!), PhoneNumber.Parse(Phone!), Email!);
        var volunteer = Volunteer.CreateTrainee(person, DistrictCode, Languages, DirectionIds, now);
        Status = ApplicationStatus.Approved;
        DecidedBy = decidedBy;
        DecidedAt = now;
        VolunteerId = volunteer.Id;
        Raise(new ApplicationApproved(Id, volunteer.Id));
        return volunteer;
    }

    public void Reject(Guid decidedBy, string reason, DateTimeOffset now)
    {
        EnsureUndecided();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolationException("application-rejection-reason-required", "A rejection states its reason.");
        }

        Status = ApplicationStatus.Rejected;
        RejectionReason = reason.Trim();
        DecidedBy = decidedBy;
        DecidedAt = now;
    }

    /// <summary>
    /// Erases the applicant's personal data for good; the decision and its dates stay for the statistics. An undecided
    /// application is closed as rejected, since nothing is left to decide on. Erasing twice is refused, as for a volunteer.
    /// </summary>
    public void Anonymize(DateTimeOffset now)
    {
        if (AnonymizedAt is not null)
        {
            throw new DomainRuleViolationException("application-anonymized", "The applicant's personal data was erased.");
        }

        if (Status == ApplicationStatus.Submitted)
        {
            // Nothing is left to decide on: the application closes with the erasure as its reason.
            Status = ApplicationStatus.Rejected;
            RejectionReason = "Personal data erased.";
            DecidedAt = now;
        }

        FirstName = "—";
        LastName = "—";
        MiddleName = null;
        Iin = null;
        DateOfBirth = null;
        Phone = null;
        Email = null;
        Motivation = null;
        GuardianFullName = null;
        GuardianPhone = null;
        AnonymizedAt = now;
    }

    private void EnsureUndecided()
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw new DomainRuleViolationException("application-already-decided", $"The application was already {Status.ToString().ToLowerInvariant()}.");
        }
    }
}
