using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Training;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// Volunteers for the campaign tests, written straight to the database (the application and approval flow is another
/// feature): an Active volunteer imported as trained by default, or a trainee in a given stage, or a suspended one.
/// </summary>
public sealed class CampaignVolunteerBuilder
{
    public const string Password = "Volunteer1!";

    private static int _serial = Random.Shared.Next(1_000);

    private string _firstName = "Айгерим";
    private string _lastName = "Волонтёрова";
    private StageKind? _traineeStage;
    private bool _suspended;

    public static CampaignVolunteerBuilder AnActiveVolunteer() => new();

    public static CampaignVolunteerBuilder ATrainee(StageKind stage) => new() { _traineeStage = stage };

    public static CampaignVolunteerBuilder ASuspendedVolunteer() => new() { _suspended = true };

    public CampaignVolunteerBuilder Named(string lastName, string firstName)
    {
        _lastName = lastName;
        _firstName = firstName;
        return this;
    }

    public async Task<Guid> SaveAsync(VolunteersApiFactory factory) => (await SaveManyAsync(factory, [this]))[0];

    /// <summary>Saves the volunteers in one go (the concurrency test needs a hundred).</summary>
    public static async Task<IReadOnlyList<Guid>> SaveManyAsync(VolunteersApiFactory factory, IEnumerable<CampaignVolunteerBuilder> builders)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = factory.Clock.GetUtcNow();
        var volunteers = builders.Select(b => b.Build(now)).ToList();
        db.Volunteers.AddRange(volunteers);
        await db.SaveChangesAsync();
        return [.. volunteers.Select(v => v.Id)];
    }

    /// <summary>A sign-in account with the Volunteer role for <paramref name="volunteerId"/>; log in with the e-mail and <see cref="Password"/>.</summary>
    public static async Task<string> AddAccountAsync(VolunteersApiFactory factory, Guid volunteerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher>();
        var email = $"volunteer-{volunteerId:N}@test.local";
        var account = UserAccount.Create(email, "Test Volunteer", Role.Volunteer, factory.Clock.GetUtcNow(), volunteerId);
        account.SetPasswordHash(hasher.Hash(account, Password));
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return email;
    }

    private Volunteer Build(DateTimeOffset now)
    {
        var serial = Interlocked.Increment(ref _serial);
        var person = new PersonalData(_firstName, _lastName, null, Iin.Parse(ValidIin(serial)),
            PhoneNumber.Parse($"+7701{1_000_000 + (serial % 9_000_000):D7}"), $"v{serial}-{Guid.NewGuid():N}@test.local");
        if (_traineeStage is { } stage)
        {
            var trainee = Volunteer.CreateTrainee(person, "Yesil", ["kk", "ru"], [1], now);
            if (stage != StageKind.Introductory)
            {
                trainee.EnterStage(stage);
            }

            return trainee;
        }

        var volunteer = Volunteer.ImportTrained(person, "Yesil", ["kk", "ru"], [1], new DateOnly(2020, 5, 1), now);
        if (_suspended)
        {
            volunteer.ChangeStatus(VolunteerStatus.Suspended, "test");
        }

        return volunteer;
    }

    /// <summary>A valid IIN of a man whose birth date differs per serial (so IINs are unique); the check digit follows the rules.</summary>
    private static string ValidIin(int serial)
    {
        var born = new DateOnly(1980, 1, 1).AddDays(serial % 9_000);
        int[] first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        int[] second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
        for (var n = serial; ; n++)
        {
            var body = $"{born:yyMMdd}3{n % 10_000:D4}";
            var digits = body.Select(c => c - '0').ToArray();
            var check = digits.Select((d, i) => d * first[i]).Sum() % 11;
            if (check == 10)
            {
                check = digits.Select((d, i) => d * second[i]).Sum() % 11;
            }

            if (check < 10)
            {
                return body + check;
            }
        }
    }
}
