using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// Puts a volunteer straight into the database (the registry's own API is another feature): Active and trained by
/// default, with a fresh valid IIN, phone and e-mail. Tests say only what matters to them:
/// <c>AVolunteer().Suspended().InDistrict("Nura").BuildAsync(services)</c>.
/// </summary>
public sealed class MobilizationVolunteerBuilder
{
    private static int _sequence;

    private string _firstName = "Aigerim";
    private string _district = "Yesil";
    private string[] _languages = ["ru"];
    private int[] _directionIds = [];
    private bool _trainee;
    private VolunteerStatus? _status;
    private bool _anonymized;
    private bool _nonEmergencyMessages = true;
    private string? _email;
    private DateOnly _trainedOn = new(2020, 5, 1);

    public static MobilizationVolunteerBuilder AVolunteer() => new();

    public MobilizationVolunteerBuilder Named(string firstName)
    {
        _firstName = firstName;
        return this;
    }

    public MobilizationVolunteerBuilder InDistrict(string district)
    {
        _district = district;
        return this;
    }

    /// <summary>The first language is the message language.</summary>
    public MobilizationVolunteerBuilder Speaking(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public MobilizationVolunteerBuilder WithDirections(params int[] directionIds)
    {
        _directionIds = directionIds;
        return this;
    }

    public MobilizationVolunteerBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public MobilizationVolunteerBuilder TrainedOn(DateOnly trainedOn)
    {
        _trainedOn = trainedOn;
        return this;
    }

    /// <summary>Approved but still in the school.</summary>
    public MobilizationVolunteerBuilder Trainee()
    {
        _trainee = true;
        return this;
    }

    public MobilizationVolunteerBuilder WithStatus(VolunteerStatus status)
    {
        _status = status;
        return this;
    }

    public MobilizationVolunteerBuilder Suspended() => WithStatus(VolunteerStatus.Suspended);

    public MobilizationVolunteerBuilder Retired() => WithStatus(VolunteerStatus.Retired);

    public MobilizationVolunteerBuilder InReserveStatus() => WithStatus(VolunteerStatus.Reserve);

    /// <summary>Wants no non-emergency messages (emergency call-ups still reach them).</summary>
    public MobilizationVolunteerBuilder OptedOutOfNonEmergencyMessages()
    {
        _nonEmergencyMessages = false;
        return this;
    }

    public MobilizationVolunteerBuilder Anonymized()
    {
        _anonymized = true;
        return this;
    }

    public async Task<Guid> BuildAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var number = Interlocked.Increment(ref _sequence);
        var person = new PersonalData(_firstName, $"Testova{number}", null, NextIin(number),
            PhoneNumber.Parse($"+7701{number % 10_000_000:0000000}"), _email ?? $"volunteer{number}-{Guid.NewGuid():N}@test.local");
        var volunteer = _trainee
            ? Volunteer.CreateTrainee(person, _district, _languages, _directionIds, now)
            : Volunteer.ImportTrained(person, _district, _languages, _directionIds, _trainedOn, now);
        if (!_nonEmergencyMessages)
        {
            volunteer.SetMessagePreferences(volunteer.MessageLanguage, nonEmergencyMessages: false);
        }

        if (_status is { } status)
        {
            volunteer.ChangeStatus(status, "test");
        }

        if (_anonymized)
        {
            volunteer.Anonymize(now);
        }

        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return volunteer.Id;
    }

    /// <summary>A volunteer account linked to <paramref name="volunteerId"/> with a known password, ready to log in.</summary>
    public static async Task<string> CreateAccountAsync(IServiceProvider services, Guid volunteerId, string password)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var account = UserAccount.Create($"account-{volunteerId:N}@test.local", "Test Volunteer", Role.Volunteer, now, volunteerId);
        account.SetPasswordHash(hasher.Hash(account, password));
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return account.Email;
    }

    /// <summary>A valid IIN of someone born 1 January 1990, unique per <paramref name="number"/>.</summary>
    private static Iin NextIin(int number)
    {
        for (var serial = number * 10; ; serial++)
        {
            var digits = string.Create(CultureInfo.InvariantCulture, $"9001013{serial % 10_000:0000}");
            for (var check = 0; check <= 9; check++)
            {
                if (Iin.TryParse(digits + check, out var iin, out _))
                {
                    return iin;
                }
            }
        }
    }
}
