using Volunteers.Domain.Common;
using Volunteers.Domain.School;

namespace Volunteers.Domain.Volunteers;

/// <summary>
/// A person in the HQ's registry. Starts as a <see cref="VolunteerStatus.Trainee"/> (or Active when imported as
/// already trained) and guards its own status rules: a trainee becomes Active only by passing the school.
/// </summary>
public sealed class Volunteer : Entity<Guid>
{
    private readonly List<VolunteerDirection> _directions = [];

    private Volunteer()
    {
    }

    public string FirstName { get; private set; } = null!;
    public string LastName { get; private set; } = null!;
    public string? MiddleName { get; private set; }
    public string? Iin { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string DistrictCode { get; private set; } = null!;
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public IReadOnlyCollection<VolunteerDirection> Directions => _directions;
    public string MessageLanguage { get; private set; } = Language.Kazakh;
    public bool NonEmergencyMessages { get; private set; } = true;

    /// <summary>Whether the volunteer wants reminders before their shifts (non-emergency messages, so only while those are on too).</summary>
    public bool ShiftReminders { get; private set; } = true;
    public VolunteerStatus Status { get; private set; }

    /// <summary>The school stage a trainee is in; null once the school is passed.</summary>
    public StageKind? CurrentStage { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateOnly? SchoolPassedOn { get; private set; }
    public DateTimeOffset? AnonymizedAt { get; private set; }
    public ConsentSource ConsentSource { get; private set; }

    /// <summary>"last first middle" in lower case (ё as е): what the registry's name search matches.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public bool IsAnonymized => AnonymizedAt is not null;

    /// <summary>Active volunteers work shifts; so do trainees in the practice stage, whose shifts count towards it.</summary>
    public bool CanSignUpForShifts => Status == VolunteerStatus.Active
                                      || (Status == VolunteerStatus.Trainee && CurrentStage == StageKind.Practice);

    public static Volunteer CreateTrainee(PersonalData person, string districtCode, IEnumerable<string> languages, IEnumerable<int> directionIds, DateTimeOffset now)
    {
        var volunteer = New(person, districtCode, languages, directionIds, now);
        volunteer.Status = VolunteerStatus.Trainee;
        volunteer.CurrentStage = StageKind.Introductory;
        volunteer.ConsentSource = ConsentSource.Application;
        return volunteer;
    }

    /// <summary>One of the HQ's existing volunteers, trained before this system: Active, with the school passed.</summary>
    public static Volunteer ImportTrained(PersonalData person, string districtCode, IEnumerable<string> languages, IEnumerable<int> directionIds, DateOnly trainedOn, DateTimeOffset now)
    {
        var volunteer = New(person, districtCode, languages, directionIds, now);
        volunteer.Status = VolunteerStatus.Active;
        volunteer.SchoolPassedOn = trainedOn;
        volunteer.ConsentSource = ConsentSource.Import;
        return volunteer;
    }

    private static Volunteer New(PersonalData person, string districtCode, IEnumerable<string> languages, IEnumerable<int> directionIds, DateTimeOffset now)
    {
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(now),
            FirstName = person.FirstName,
            LastName = person.LastName,
            MiddleName = person.MiddleName,
            Iin = person.Iin.Value,
            DateOfBirth = person.Iin.BirthDate,
            Phone = person.Phone.Value,
            Email = person.Email,
            DistrictCode = districtCode,
            CreatedAt = now,
            NameKey = SearchKey($"{person.LastName} {person.FirstName} {person.MiddleName}".TrimEnd()),
        };
        volunteer.SetLanguages(languages);
        volunteer.MessageLanguage = volunteer.Languages[0];
        volunteer.SetDirections(directionIds);
        return volunteer;
    }

    /// <summary>Text as the name search compares it: lower case, with ё read as е.</summary>
    public static string SearchKey(string text) => text.Trim().ToLowerInvariant().Replace('ё', 'е');

    /// <summary>The languages the volunteer speaks. Messages stay in their message language while they still speak it.</summary>
    public void SetLanguages(IEnumerable<string> languages)
    {
        EnsureNotAnonymized();
        var list = languages.Distinct().ToList();
        if (list.Count == 0 || !list.All(Language.IsSupported))
        {
            throw new DomainRuleViolationException("volunteer-languages-invalid", "A volunteer speaks one or more of kk, ru and en.");
        }

        Languages = list;
        if (!list.Contains(MessageLanguage))
        {
            MessageLanguage = list[0];
        }
    }

    /// <summary>The directions the volunteer works in; those kept keep their rows, the others are removed.</summary>
    public void SetDirections(IEnumerable<int> directionIds)
    {
        EnsureNotAnonymized();
        var wanted = directionIds.Distinct().ToList();
        _directions.RemoveAll(d => !wanted.Contains(d.DirectionId));
        foreach (var id in wanted.Where(id => _directions.TrueForAll(d => d.DirectionId != id)))
        {
            _directions.Add(new VolunteerDirection(Id, id));
        }
    }

    public void ChangeContact(string? phone, string? email)
    {
        EnsureNotAnonymized();
        Phone = phone ?? Phone;
        Email = email ?? Email;
    }

    public void MoveToDistrict(string districtCode)
    {
        EnsureNotAnonymized();
        DistrictCode = districtCode;
    }

    public void SetMessagePreferences(string messageLanguage, bool nonEmergencyMessages)
    {
        EnsureNotAnonymized();
        if (!Language.IsSupported(messageLanguage))
        {
            throw new DomainRuleViolationException("volunteer-languages-invalid", "The message language is one of kk, ru and en.");
        }

        MessageLanguage = messageLanguage;
        NonEmergencyMessages = nonEmergencyMessages;
    }

    public void SetShiftReminders(bool wanted)
    {
        EnsureNotAnonymized();
        ShiftReminders = wanted;
    }

    /// <summary>
    /// A staff decision between the statuses of a volunteer who finished the school. A trainee cannot be moved
    /// (only the school makes them Active), and nobody can be moved back to Trainee.
    /// </summary>
    public void ChangeStatus(VolunteerStatus status, string reason)
    {
        EnsureNotAnonymized();
        if (Status == VolunteerStatus.Trainee)
        {
            throw new DomainRuleViolationException("volunteer-trainee-status-locked", "A trainee becomes Active only by passing the school.");
        }

        if (status == VolunteerStatus.Trainee)
        {
            throw new DomainRuleViolationException("volunteer-cannot-return-to-trainee", "A volunteer who finished the school cannot become a trainee again.");
        }

        if (status == Status)
        {
            throw new DomainRuleViolationException("volunteer-status-unchanged", $"The volunteer is already {Status}.");
        }

        Status = status;
        StatusReason = reason;
    }

    /// <summary>The trainee passed the stage before <paramref name="stage"/> and moves on to it.</summary>
    public void EnterStage(StageKind stage)
    {
        if (Status != VolunteerStatus.Trainee)
        {
            throw new DomainRuleViolationException("volunteer-not-trainee", "Only a trainee moves through the school's stages.");
        }

        CurrentStage = stage;
    }

    /// <summary>The trainee passed the last school stage.</summary>
    public void GraduateFromSchool(DateOnly passedOn)
    {
        if (Status != VolunteerStatus.Trainee)
        {
            throw new DomainRuleViolationException("volunteer-not-trainee", "Only a trainee graduates from the school.");
        }

        Status = VolunteerStatus.Active;
        CurrentStage = null;
        SchoolPassedOn = passedOn;
    }

    /// <summary>Erases personal data for good; the record stays so hours and statistics keep adding up.</summary>
    public void Anonymize(DateTimeOffset now)
    {
        EnsureNotAnonymized();
        FirstName = "—";
        LastName = "—";
        MiddleName = null;
        NameKey = "—";
        Iin = null;
        DateOfBirth = null;
        Phone = null;
        Email = null;
        NonEmergencyMessages = false;
        ShiftReminders = false;
        AnonymizedAt = now;
        if (Status is VolunteerStatus.Active or VolunteerStatus.Reserve or VolunteerStatus.Suspended)
        {
            Status = VolunteerStatus.Retired;
            StatusReason = "anonymized";
        }
    }

    private void EnsureNotAnonymized()
    {
        if (IsAnonymized)
        {
            throw new DomainRuleViolationException("volunteer-anonymized", "The volunteer's personal data was erased.");
        }
    }
}

/// <summary>The identifying data a volunteer is registered with, already checked by the value objects.</summary>
public sealed record PersonalData(string FirstName, string LastName, string? MiddleName, Iin Iin, PhoneNumber Phone, string Email);

/// <summary>A direction the volunteer chose to work in.</summary>
public sealed class VolunteerDirection
{
    public VolunteerDirection(Guid volunteerId, int directionId)
    {
        VolunteerId = volunteerId;
        DirectionId = directionId;
    }

    public Guid VolunteerId { get; private set; }
    public int DirectionId { get; private set; }
}
