using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// Volunteers written straight to the database (the approval flow lives in another feature): a trainee at the
/// start of the school by default, or an active volunteer imported as trained.
/// </summary>
public sealed class SchoolVolunteerBuilder(VolunteersApiFactory factory)
{
    private static int _serial;

    private string _firstName = "Aigerim";
    private string _lastName = "Trainee";
    private string[] _directionCodes = ["emergency"];
    private DateOnly? _trainedOn;

    public static string ValidIin(int serial)
    {
        // Born 15 May 1990, male (digit 7 = 3); the serial fills digits 8–11; the check digit follows the IIN rules.
        for (var n = serial; ; n++)
        {
            var body = $"9005153{n % 10000:D4}";
            var digits = body.Select(c => c - '0').ToArray();
            var check = Enumerable.Range(0, 11).Sum(i => digits[i] * (i + 1)) % 11;
            if (check == 10)
            {
                int[] weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
                check = Enumerable.Range(0, 11).Sum(i => digits[i] * weights[i]) % 11;
            }

            if (check != 10)
            {
                return body + check;
            }
        }
    }

    public SchoolVolunteerBuilder Named(string firstName, string lastName)
    {
        _firstName = firstName;
        _lastName = lastName;
        return this;
    }

    public SchoolVolunteerBuilder InDirections(params string[] codes)
    {
        _directionCodes = codes;
        return this;
    }

    /// <summary>One of the HQ's volunteers trained before this system: Active, the school passed on <paramref name="trainedOn"/>.</summary>
    public SchoolVolunteerBuilder ImportedAsTrained(DateOnly trainedOn)
    {
        _trainedOn = trainedOn;
        return this;
    }

    public async Task<Guid> CreateAsync()
    {
        var serial = Interlocked.Increment(ref _serial);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var directionIds = await db.Directions.Where(d => _directionCodes.Contains(d.Code)).Select(d => d.Id).ToListAsync();
        var person = new PersonalData(_firstName, _lastName, null, Iin.Parse(ValidIin(serial * 7)), PhoneNumber.Parse($"+7701{serial:D7}"),
            $"volunteer{serial}-{Guid.NewGuid():N}@test.local");
        var now = factory.Clock.GetUtcNow();
        var volunteer = _trainedOn is { } trainedOn
            ? Volunteer.ImportTrained(person, "Yesil", ["kk", "ru"], directionIds, trainedOn, now)
            : Volunteer.CreateTrainee(person, "Yesil", ["kk", "ru"], directionIds, now);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return volunteer.Id;
    }

    /// <summary>Gives the volunteer an account with a password and returns its e-mail and password for signing in.</summary>
    public static async Task<(string Email, string Password)> AccountForAsync(VolunteersApiFactory factory, Guid volunteerId)
    {
        const string password = "Volunteer1!";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var volunteer = await db.Volunteers.SingleAsync(v => v.Id == volunteerId);
        var account = UserAccount.Create(volunteer.Email!, $"{volunteer.FirstName} {volunteer.LastName}", Role.Volunteer, factory.Clock.GetUtcNow(), volunteerId);
        account.SetPasswordHash(scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash(account, password));
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return (account.Email, password);
    }
}
