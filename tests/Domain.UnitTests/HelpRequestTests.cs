using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Volunteers;
using static Volunteers.Domain.UnitTests.CampaignTests;

namespace Volunteers.Domain.UnitTests;

public sealed class HelpRequestTests
{
    private static readonly Campaign OpenCampaign = CampaignTests.In(CampaignStatus.Published);
    private static readonly Shift OpenShift = OpenCampaign.PlanShift(
        new DateTimeOffset(2026, 3, 12, 4, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero), 5, "x", Almaty, Now);

    private static HelpRequest New() => HelpRequest.Create(
        new Beneficiary(" Сәрсенбаева Гүлжан ", PhoneNumber.Parse("8 701 234 56 78"), "ул. Сарайшык, 5", "Yesil", BeneficiaryCategory.Veteran),
        HelpKind.MedicineDelivery, "  ", new DateOnly(2026, 3, 14), Now);

    private static HelpRequest In(HelpRequestStatus status)
    {
        var request = New();
        if (status is HelpRequestStatus.Assigned or HelpRequestStatus.Completed)
        {
            request.AssignTo(OpenShift, OpenCampaign, Now);
        }

        if (status == HelpRequestStatus.Completed)
        {
            request.Complete(Now);
        }

        if (status == HelpRequestStatus.Cancelled)
        {
            request.Cancel(Now);
        }

        request.ClearDomainEvents();
        return request;
    }

    private static readonly Dictionary<string, (Action<HelpRequest> Act, HelpRequestStatus Target, HelpRequestStatus[] AllowedFrom)> Actions = new()
    {
        ["assign"] = (r => r.AssignTo(OpenShift, OpenCampaign, Now), HelpRequestStatus.Assigned, [HelpRequestStatus.New]),
        ["complete"] = (r => r.Complete(Now), HelpRequestStatus.Completed, [HelpRequestStatus.Assigned]),
        ["cancel"] = (r => r.Cancel(Now), HelpRequestStatus.Cancelled, [HelpRequestStatus.New, HelpRequestStatus.Assigned]),
    };

    private static IEnumerable<TestCaseData> EveryActionFromEveryStatus() =>
        from action in Actions.Keys
        from status in Enum.GetValues<HelpRequestStatus>()
        select new TestCaseData(action, status).SetName($"{action} from {status}");

    [TestCaseSource(nameof(EveryActionFromEveryStatus))]
    public void Transition_FollowsTheLifecycle(string action, HelpRequestStatus from)
    {
        var (act, target, allowedFrom) = Actions[action];
        var request = In(from);
        if (allowedFrom.Contains(from))
        {
            act(request);
            Assert.That(request.Status, Is.EqualTo(target));
        }
        else
        {
            Assert.That(Rule(() => act(request)), Is.EqualTo("help-request-invalid-transition"));
            Assert.That(request.Status, Is.EqualTo(from));
        }
    }

    [Test]
    public void Create_KeepsThePhoneInE164_AndDropsBlankDetails()
    {
        var request = New();
        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(HelpRequestStatus.New));
            Assert.That(request.Beneficiary.Phone, Is.EqualTo("+77012345678"));
            Assert.That(request.Beneficiary.FullName, Is.EqualTo("Сәрсенбаева Гүлжан"));
            Assert.That(request.Details, Is.Null);
        });
    }

    [Test]
    public void Complete_RaisesHelpRequestCompleted()
    {
        var request = In(HelpRequestStatus.Assigned);
        request.Complete(Now.AddDays(1));
        Assert.That(request.DomainEvents.Single(), Is.EqualTo(new HelpRequestCompleted(request.Id, HelpKind.MedicineDelivery, Now.AddDays(1))));
    }

    [TestCase(CampaignStatus.Completed)]
    [TestCase(CampaignStatus.Cancelled)]
    public void Assign_ToAShiftOfAClosedCampaign_BreaksTheRule(CampaignStatus status)
    {
        var campaign = CampaignTests.In(CampaignStatus.InProgress);
        var shift = campaign.PlanShift(OpenShift.StartsAt, OpenShift.EndsAt, 1, "x", Almaty, Now);
        if (status == CampaignStatus.Completed)
        {
            campaign.Complete(Now);
        }
        else
        {
            campaign.Cancel(Now);
        }

        var request = New();
        Assert.That(Rule(() => request.AssignTo(shift, campaign, Now)), Is.EqualTo("campaign-closed"));
        Assert.That(request.Status, Is.EqualTo(HelpRequestStatus.New));
        Assert.That(request.ShiftId, Is.Null);
    }

    [Test]
    public void Assign_RemembersTheShift()
    {
        var request = In(HelpRequestStatus.Assigned);
        Assert.That(request.ShiftId, Is.EqualTo(OpenShift.Id));
        Assert.That(request.AssignedAt, Is.EqualTo(Now));
        Assert.That(request.DomainEvents, Is.Empty, "only completion is announced");
    }
}
