using Volunteers.Domain.Applications;
using Volunteers.Domain.Common;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.UnitTests;

public sealed class VolunteerApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Coordinator = Guid.NewGuid();

    // 050615500015: born 2005-06-15, so 20 on Today; 900515300018: born 1990-05-15.
    private static PersonalData Adult() =>
        new("Айгерим", "Серикова", null, Iin.Parse("050615500015"), PhoneNumber.Parse("8 701 234 56 78"), "aigerim@example.kz");

    private static PersonalData BornOn(string iin) =>
        new("Айгерим", "Серикова", null, Iin.Parse(iin), PhoneNumber.Parse("8 701 234 56 78"), "aigerim@example.kz");

    private static VolunteerApplication Submit(PersonalData? applicant = null, Guardian? guardian = null, DateOnly? today = null, int[]? directions = null) =>
        VolunteerApplication.Submit(applicant ?? Adult(), "Yesil", ["ru", "kk"], directions ?? [2], "Хочу помогать.", guardian,
            new PersonalDataConsent(Now, PersonalDataConsent.CurrentTextVersion), today ?? Today, Now);

    [Test]
    public void Submit_RecordsTheApplicantAndTheConsent()
    {
        var application = Submit();
        Assert.Multiple(() =>
        {
            Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
            Assert.That(application.Iin, Is.EqualTo("050615500015"));
            Assert.That(application.DateOfBirth, Is.EqualTo(new DateOnly(2005, 6, 15)));
            Assert.That(application.Phone, Is.EqualTo("+77012345678"));
            Assert.That(application.ConsentGivenAt, Is.EqualTo(Now));
            Assert.That(application.ConsentTextVersion, Is.EqualTo(PersonalDataConsent.CurrentTextVersion));
            Assert.That(application.SubmittedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void Submit_UnderFourteen_IsRefused()
    {
        // Born 2005-06-15: 13 until 2019-06-15.
        var exception = Assert.Throws<DomainRuleViolationException>(() => Submit(today: new DateOnly(2019, 6, 14), guardian: AGuardian()));
        Assert.That(exception!.Rule, Is.EqualTo("applicant-too-young"));
        Assert.That(Submit(today: new DateOnly(2019, 6, 15), guardian: AGuardian()).Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [Test]
    public void Submit_AMinorWithoutGuardian_IsRefused_AndWithOne_KeepsTheGuardian()
    {
        var minorDay = new DateOnly(2023, 6, 14); // still 17
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => Submit(today: minorDay))!.Rule, Is.EqualTo("applicant-guardian-required"));
        var application = Submit(today: minorDay, guardian: AGuardian());
        Assert.That(application.GuardianFullName, Is.EqualTo("Серикова Динара"));
        Assert.That(application.GuardianPhone, Is.EqualTo("+77771234567"));
    }

    [Test]
    public void Submit_AnAdult_DoesNotKeepAGuardian()
    {
        Assert.That(Submit(guardian: AGuardian()).GuardianFullName, Is.Null);
    }

    [TestCase(new int[0])]
    [TestCase(new[] { 1, 2, 3, 4 })]
    public void Submit_WithoutOneToThreeDirections_IsRefused(int[] directions) =>
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => Submit(directions: directions))!.Rule, Is.EqualTo("application-directions-count"));

    [Test]
    public void Approve_MakesATraineeInTheIntroductoryStage_RecordsTheDecision_AndRaisesApplicationApproved()
    {
        var application = Submit(BornOn("900515300018"));
        var volunteer = application.Approve(Coordinator, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Trainee));
            Assert.That(volunteer.CurrentStage, Is.EqualTo(StageKind.Introductory));
            Assert.That(volunteer.Iin, Is.EqualTo("900515300018"));
            Assert.That(volunteer.DistrictCode, Is.EqualTo("Yesil"));
            Assert.That(volunteer.Directions.Select(d => d.DirectionId), Is.EqualTo(new[] { 2 }));
            Assert.That(volunteer.MessageLanguage, Is.EqualTo("ru"));
            Assert.That(volunteer.ConsentSource, Is.EqualTo(ConsentSource.Application));
            Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Approved));
            Assert.That(application.DecidedBy, Is.EqualTo(Coordinator));
            Assert.That(application.DecidedAt, Is.EqualTo(Now.AddHours(1)));
            Assert.That(application.VolunteerId, Is.EqualTo(volunteer.Id));
            Assert.That(application.DomainEvents, Is.EqualTo(new[] { new ApplicationApproved(application.Id, volunteer.Id) }));
        });
    }

    [Test]
    public void Approve_OrReject_ADecidedApplication_IsRefused()
    {
        var approved = Submit();
        approved.Approve(Coordinator, Now);
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => approved.Approve(Coordinator, Now))!.Rule, Is.EqualTo("application-already-decided"));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => approved.Reject(Coordinator, "No", Now))!.Rule, Is.EqualTo("application-already-decided"));

        var rejected = Submit();
        rejected.Reject(Coordinator, "No answer", Now);
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => rejected.Approve(Coordinator, Now))!.Rule, Is.EqualTo("application-already-decided"));
    }

    [Test]
    public void Reject_NeedsAReason_AndRecordsTheDecision()
    {
        var application = Submit();
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => application.Reject(Coordinator, " ", Now))!.Rule, Is.EqualTo("application-rejection-reason-required"));
        application.Reject(Coordinator, " Could not be reached ", Now);
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Rejected));
        Assert.That(application.RejectionReason, Is.EqualTo("Could not be reached"));
        Assert.That(application.DecidedBy, Is.EqualTo(Coordinator));
        Assert.That(application.DomainEvents, Is.Empty);
    }

    [Test]
    public void Anonymize_ErasesThePersonalData_AndClosesAnUndecidedApplication()
    {
        var application = Submit(today: new DateOnly(2023, 6, 14), guardian: AGuardian());
        application.Anonymize(Now);
        Assert.Multiple(() =>
        {
            Assert.That(application.Iin, Is.Null);
            Assert.That(application.DateOfBirth, Is.Null);
            Assert.That(application.Phone, Is.Null);
            Assert.That(application.Email, Is.Null);
            Assert.That(application.GuardianFullName, Is.Null);
            Assert.That(application.GuardianPhone, Is.Null);
            Assert.That(application.Motivation, Is.Null);
            Assert.That(application.FirstName, Is.EqualTo("—"));
            Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Rejected));
            Assert.That(application.AnonymizedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void Anonymize_Twice_IsRefused_AsForAVolunteer()
    {
        var application = Submit();
        application.Anonymize(Now);
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => application.Anonymize(Now.AddDays(1)))!.Rule, Is.EqualTo("application-anonymized"));
        Assert.That(application.AnonymizedAt, Is.EqualTo(Now), "the first erasure stands");
    }

    private static Guardian AGuardian() => new("Серикова Динара", PhoneNumber.Parse("8 777 123 45 67"));
}
