using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Directions;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>
/// The answer to an idempotent request is recorded in the same transaction as its change (SPEC §3): work that dies
/// between the change and the answer leaves neither, so a retry with the same key runs afresh instead of meeting a key
/// stuck "in progress".
/// </summary>
public sealed class IdempotencyCrashTests(TestDatabase database) : ApiTest(database)
{
    private readonly FailAfterSavingDirection _fault = new();

    protected override VolunteersApiFactory CreateOwnFactory() =>
        new(Database, configureServices: services => services.AddSingleton<ISaveChangesInterceptor>(_fault));

    private static HttpRequestMessage CreateDirection(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/directions")
        {
            Content = JsonContent.Create(new
            {
                code = "animals",
                name = new { kk = "Жануарлар", ru = "Животные", en = "Animals" },
                description = new { kk = "Баспаналар", ru = "Приюты" },
            }, options: Json.Options),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    [Test]
    public async Task WorkDyingAfterTheChange_BeforeTheAnswer_LeavesNothing_AndTheRetryRunsAfresh()
    {
        using var admin = await AdminAsync();
        _fault.Arm();
        var dying = await admin.SendAsync(CreateDirection("crash-1"));
        Assert.That(dying.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await CountAsync(), Is.Zero, "the change was rolled back with its unwritten answer");

        var retry = await admin.SendAsync(CreateDirection("crash-1"));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created), "not 409 idempotency-request-in-progress");
        Assert.That(retry.Headers.Contains("Idempotent-Replayed"), Is.False);
        Assert.That(await CountAsync(), Is.EqualTo(1));

        var replay = await admin.SendAsync(CreateDirection("crash-1"));
        Assert.That(replay.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        Assert.That(replay.Headers.Location, Is.EqualTo(retry.Headers.Location));
        Assert.That(await CountAsync(), Is.EqualTo(1));
    }

    /// <summary>The fault really strikes after the change was written: without a key (no enclosing transaction) it stays.</summary>
    [Test]
    public async Task WithoutKey_TheSameFault_LeavesTheChange()
    {
        using var admin = await AdminAsync();
        _fault.Arm();
        Assert.That((await admin.SendAsync(CreateDirection(key: null))).StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await CountAsync(), Is.EqualTo(1));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Directions.CountAsync(d => d.Code == "animals");
    }

    /// <summary>Once armed, fails the next save of a direction after the database has taken it.</summary>
    private sealed class FailAfterSavingDirection : SaveChangesInterceptor
    {
        private int _armed;

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Direction>().Any() && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                throw new InvalidOperationException("The process died between the change and its answer.");
            }

            return ValueTask.FromResult(result);
        }
    }
}
