using System.Net;
using System.Net.Http.Json;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Applications;

/// <summary>One open application per person, retries made safe with an Idempotency-Key.</summary>
public sealed class ApplicationDuplicateTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task Apply_WithIinOfAPendingApplication_Returns409Duplicate()
    {
        var iin = Iins.For(new DateOnly(1999, 9, 9));
        await SubmitAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1999, 9, 9)));

        var again = await ApplyAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1999, 9, 9)));
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "/application-duplicate");
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Not.Contain(iin));
    }

    [Test]
    public async Task Apply_WithEmailOfAnApprovedApplication_InAnyCase_Returns409Duplicate()
    {
        var id = await SubmitAsync(AnApplication().WithEmail("same.person@test.local"));
        using var coordinator = await CoordinatorAsync();
        Assert.That((await coordinator.PostAsync($"/api/v1/applications/{id}/approve", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var again = await ApplyAsync(AnApplication().WithEmail("Same.Person@TEST.local"));
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "/application-duplicate");
    }

    [Test]
    public async Task Apply_AfterARejection_IsAcceptedAgain()
    {
        var iin = Iins.For(new DateOnly(1999, 9, 9));
        var first = await SubmitAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1999, 9, 9)));
        using var coordinator = await CoordinatorAsync();
        Assert.That((await coordinator.PostJsonAsync($"/api/v1/applications/{first}/reject", new { reason = "Could not be reached." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var again = await ApplyAsync(AnApplication().WithIin(iin).BornOn(new DateOnly(1999, 9, 9)));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Apply_WithIinOrEmailOfARegisteredVolunteer_Returns409AsForADuplicateApplication()
    {
        var volunteer = await AVolunteer().BornOn(new DateOnly(1995, 4, 12)).WithEmail("known@test.local").SaveAsync(Factory);

        await AssertProblemAsync(await ApplyAsync(AnApplication().WithIin(volunteer.Iin!).BornOn(new DateOnly(1995, 4, 12))), HttpStatusCode.Conflict, "/application-duplicate");
        await AssertProblemAsync(await ApplyAsync(AnApplication().WithEmail("known@test.local")), HttpStatusCode.Conflict, "/application-duplicate");
    }

    [Test]
    public async Task Apply_TwiceWithTheSameIdempotencyKeyAndBody_CreatesOneApplication_AndReplaysTheAnswer()
    {
        var form = AnApplication().Build(HqToday);
        var first = await Anonymous.SendAsync(Post(form, "retry-1"));
        var retry = await Anonymous.SendAsync(Post(form, "retry-1"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a replay, not a duplicate 409");
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        using var coordinator = await CoordinatorAsync();
        Assert.That((await GetJsonAsync(coordinator, "/api/v1/applications"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Apply_WithAKeyUsedForAnotherBody_Returns422AndCreatesNothing()
    {
        await Anonymous.SendAsync(Post(AnApplication().Build(HqToday), "retry-2"));
        var misuse = await Anonymous.SendAsync(Post(AnApplication().Build(HqToday), "retry-2"));

        await AssertProblemAsync(misuse, HttpStatusCode.UnprocessableEntity, "/idempotency-key-reused");
        using var coordinator = await CoordinatorAsync();
        Assert.That((await GetJsonAsync(coordinator, "/api/v1/applications"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Apply_WithAnInvalidForm_ReleasesTheKey_SoTheCorrectedFormGoesThrough()
    {
        var invalid = await Anonymous.SendAsync(Post(AnApplication().With("personalDataConsent", false).Build(HqToday), "retry-3"));
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var corrected = await Anonymous.SendAsync(Post(AnApplication().Build(HqToday), "retry-3"));
        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static HttpRequestMessage Post(object form, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(form, options: Json.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
