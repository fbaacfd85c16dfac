using Volunteers.Api.IntegrationTests.Builders;

namespace Volunteers.Client.Tests;

/// <summary>
/// The generated client against the real API (<see cref="VolunteersApiFixture"/>): the same flows as the TypeScript
/// client's <c>clients/typescript/test/flow.test.ts</c>, so both official clients are held to one contract.
/// </summary>
public sealed class ClientFlowTests
{
    private static LocalizedTextDto Text(string value) => new() { Kk = value, Ru = value };

    private static DateOnly InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days);

    private static CreateCampaignCommand CampaignDraft() => new()
    {
        Title = Text($"Субботник {Guid.NewGuid().ToString("N")[..8]}"),
        Description = Text("Уборка парка"),
        DirectionId = 1,
        Kind = CampaignKind.Regular,
        Location = "Астана, парк Жетысу",
        StartsOn = InDays(10),
        EndsOn = InDays(12),
    };

    [Test]
    public async Task A_coordinators_campaign_flow_idempotent_create_publish_shift_sign_up_and_If_Match_edits()
    {
        using var admin = await VolunteersApiFixture.SignInAsAdminAsync();
        var campaigns = new CampaignsClient(admin);
        var draft = CampaignDraft();
        var key = Guid.NewGuid().ToString();

        var created = await campaigns.CreateCampaignAsync(draft, idempotency_Key: key);
        var replayed = await campaigns.CreateCampaignAsync(draft, idempotency_Key: key);
        var id = created.Result.Id;
        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(201));
            Assert.That(created.Location, Does.EndWith(id.ToString()));
            Assert.That(created.Result.StartsOn, Is.EqualTo(draft.StartsOn), "DateOnly travels as yyyy-MM-dd both ways");
            Assert.That(replayed.IdempotentReplayed, Is.True);
            Assert.That(replayed.Result.Id, Is.EqualTo(id));
        });

        var published = await campaigns.PublishCampaignAsync(id);
        Assert.That(published.Result.Status, Is.EqualTo(CampaignStatus.Published));

        var startsAt = new DateTimeOffset(draft.StartsOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(5));
        var shift = await campaigns.CreateShiftAsync(id, new ShiftPlan { StartsAt = startsAt, EndsAt = startsAt.AddHours(4), Capacity = 5, Location = "Вход в парк" });
        Assert.That(shift.Result.Capacity, Is.EqualTo(5));

        var volunteerId = await ActiveVolunteerAsync(admin, directionId: draft.DirectionId);
        var signUp = await new ShiftsClient(admin).SignUpForShiftAsync(shift.Result.Id, new SignUpRequest { VolunteerId = volunteerId });
        Assert.That(signUp.Result.Status, Is.EqualTo(SignUpStatus.Confirmed));

        var etag = (await campaigns.GetCampaignAsync(id)).ETag!;
        var changes = new CampaignChanges
        {
            Title = Text("Субботник (перенесён)"), Description = draft.Description, DirectionId = draft.DirectionId, Kind = draft.Kind,
            Location = draft.Location, StartsOn = draft.StartsOn, EndsOn = draft.EndsOn,
        };
        var updated = await campaigns.UpdateCampaignAsync(id, etag, changes);
        Assert.That(updated.Result.Title.Ru, Is.EqualTo("Субботник (перенесён)"));

        var stale = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => campaigns.UpdateCampaignAsync(id, etag, changes));
        Assert.That(stale!.StatusCode, Is.EqualTo(412));
        Assert.That(stale.Problem!.Status, Is.EqualTo(412));
    }

    [Test]
    public async Task Problems_arrive_typed_field_errors_on_a_400_and_the_rules_type_on_a_409()
    {
        using var admin = await VolunteersApiFixture.SignInAsAdminAsync();
        var campaigns = new CampaignsClient(admin);
        var invalid = CampaignDraft();
        invalid.Title = Text("");

        var badRequest = await Assert.ThrowsAsync<ApiException<ValidationProblemDetails>>(() => campaigns.CreateCampaignAsync(invalid));
        var validation = badRequest!.Problem!;
        Assert.Multiple(() =>
        {
            Assert.That(validation.Status, Is.EqualTo(400));
            Assert.That(validation.Errors.Keys, Has.Some.StartsWith("title"), string.Join(", ", validation.Errors.Keys));
            Assert.That(validation.TraceId, Is.Not.Null.And.Not.Empty);
        });

        var campaign = await campaigns.CreateCampaignAsync(CampaignDraft());
        await campaigns.CancelCampaignAsync(campaign.Result.Id);
        var conflict = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => campaigns.PublishCampaignAsync(campaign.Result.Id));
        var rule = conflict!.Problem!;
        Assert.Multiple(() =>
        {
            Assert.That(rule.Status, Is.EqualTo(409));
            Assert.That(rule.Type, Does.Match("^https?://"));
            Assert.That(rule.Detail, Is.Not.Null.And.Not.Empty);
            Assert.That(rule.TraceId, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public async Task Stats_revalidate_with_If_None_Match()
    {
        using var anonymous = VolunteersApiFixture.Http();
        var stats = new StatsClient(anonymous);
        var first = await stats.GetStatsAsync();
        Assert.That(first.ETag, Is.Not.Null.And.Not.Empty);

        var again = await Assert.ThrowsAsync<ApiException>(() => stats.GetStatsAsync(if_None_Match: first.ETag));
        Assert.That(again!.IsNotModified, Is.True, again.Message);
    }

    [Test]
    public async Task A_partner_is_created_with_scopes_as_the_API_spells_them_and_calls_with_its_key()
    {
        using var admin = await VolunteersApiFixture.SignInAsAdminAsync();
        var partners = new PartnersClient(admin);
        var created = await partners.CreatePartnerAsync(new CreatePartnerCommand
        {
            Name = $"Partner {Guid.NewGuid().ToString("N")[..8]}",
            Scopes = [PartnerScope.CampaignsRead, PartnerScope.StatsRead],
        });
        // Sent as "campaigns:read" (not "CampaignsRead" or 0), read back into the same enum members.
        Assert.That((await partners.GetPartnerAsync(created.Result.Id)).Result.Scopes,
            Is.EquivalentTo(new[] { PartnerScope.CampaignsRead, PartnerScope.StatsRead }));

        using var asPartner = VolunteersApiFixture.Http(apiKey: created.Result.ApiKey);
        var page = await new CampaignsClient(asPartner).ListCampaignsAsync(page: 1, pageSize: 5, from: InDays(-365));
        Assert.That(page.Result.TotalCount, Is.GreaterThanOrEqualTo(0));
        var forbidden = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => new HelpRequestsClient(asPartner).ListHelpRequestsAsync());
        Assert.That(forbidden!.StatusCode, Is.EqualTo(403));
    }

    /// <summary>
    /// An active volunteer as the HQ brings one in who was trained before this system: imported (an application only
    /// makes a trainee, who may not sign up until the school is passed), then found by IIN.
    /// </summary>
    private static async Task<Guid> ActiveVolunteerAsync(HttpClient staff, int directionId)
    {
        var directions = await new DirectionsClient(staff).ListDirectionsAsync();
        var birthDate = InDays(0).AddYears(-25);
        var iin = Iins.For(birthDate, male: false);
        var volunteers = new VolunteersClient(staff);
        var import = await volunteers.ImportVolunteersAsync([new ImportRow
        {
            LastName = "Серикова", FirstName = "Айгерим", Iin = iin, DateOfBirth = $"{birthDate:yyyy-MM-dd}",
            Phone = "+7 701 234 56 78", Email = $"volunteer-{Guid.NewGuid():N}@client-tests.local", District = "Yesil", Languages = ["ru", "kk"],
            Directions = [directions.Result.Single(direction => direction.Id == directionId).Code], TrainedOn = "2020-05-01",
        }]);
        Assert.That(import.Result.Imported, Is.EqualTo(1), string.Join("; ", import.Result.Errors.Select(error => $"{error.Field}: {error.Message}")));
        return (await volunteers.ListVolunteersAsync(search: iin)).Result.Items.Single().Id;
    }
}
