using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// A volunteer written straight into the database, for tests that need people in the registry without walking each
/// one through the application form: <c>await AVolunteer().Named("Асель", "Нурланова").InDistrict("Nura").SaveAsync(Factory)</c>.
/// By default an Active volunteer imported as trained (on 2020-05-01), in Yesil, speaking kk and ru, in the social
/// direction, with a valid IIN, a mobile number and an e-mail of their own; <see cref="ATrainee"/> starts one at a stage of the school.
/// Staff decisions (<see cref="Suspended"/>, <see cref="Retired"/>, <see cref="InReserveStatus"/>), erasure
/// (<see cref="Anonymized"/>) and message preferences are applied through the entity, as the API would.
/// </summary>
public sealed class VolunteerBuilder
{
    /// <summary>The password of the accounts <see cref="AddAccountAsync"/> opens.</summary>
    public const string Password = "Volunteer1!";

    private static int _sequence;

    private string _firstName = "Ержан";
    private string _lastName = "Ахметов";
    private string? _middleName;
    private DateOnly _birthDate = new(1995, 4, 12);
    private string? _iin;
    private string _phone;
    private string _email;
    private string _district = "Yesil";
    private string[] _languages = ["kk", "ru"];
    private int[] _directionIds = [2];
    private string[]? _directionCodes;
    private StageKind? _traineeStage;
    private DateOnly _trainedOn = new(2020, 5, 1);
    private (VolunteerStatus Status, string Reason)? _status;
    private bool _nonEmergencyMessages = true;
    private bool _anonymized;

    private VolunteerBuilder()
    {
        var number = Interlocked.Increment(ref _sequence);
        _phone = $"+7701{1_000_000 + (number % 9_000_000):D7}";
        _email = $"volunteer-{number}-{Guid.NewGuid():N}@test.local";
    }

    /// <summary>An Active volunteer, imported as already trained.</summary>
    public static VolunteerBuilder AVolunteer() => new();

    /// <summary>A trainee (approved from an application) at <paramref name="stage"/> of the school, the introductory one by default.</summary>
    public static VolunteerBuilder ATrainee(StageKind stage = StageKind.Introductory) => new() { _traineeStage = stage };

    /// <summary>The names; without <paramref name="lastName"/> the default last name stays.</summary>
    public VolunteerBuilder Named(string firstName, string? lastName = null, string? middleName = null)
    {
        (_firstName, _lastName, _middleName) = (firstName, lastName ?? _lastName, middleName);
        return this;
    }

    public VolunteerBuilder BornOn(DateOnly birthDate)
    {
        _birthDate = birthDate;
        return this;
    }

    public VolunteerBuilder WithIin(string iin)
    {
        _iin = iin;
        return this;
    }

    public VolunteerBuilder WithPhone(string phone)
    {
        _phone = phone;
        return this;
    }

    public VolunteerBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public VolunteerBuilder InDistrict(string district)
    {
        _district = district;
        return this;
    }

    /// <summary>The languages; the first one becomes the message language.</summary>
    public VolunteerBuilder Speaking(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public VolunteerBuilder InDirections(params int[] directionIds)
    {
        (_directionIds, _directionCodes) = (directionIds, null);
        return this;
    }

    /// <summary>In no direction at all (the statistics count volunteers per direction).</summary>
    public VolunteerBuilder WithoutDirections() => InDirections(Array.Empty<int>());

    /// <summary>Directions by code (<c>emergency</c>, <c>social</c>, …), looked up when the volunteer is saved.</summary>
    public VolunteerBuilder InDirections(params string[] codes)
    {
        _directionCodes = codes;
        return this;
    }

    /// <summary>One of the HQ's volunteers trained before this system: Active, the school passed on <paramref name="trainedOn"/>.</summary>
    public VolunteerBuilder ImportedAsTrained(DateOnly trainedOn)
    {
        (_traineeStage, _trainedOn) = (null, trainedOn);
        return this;
    }

    /// <summary>Moved by staff to <paramref name="status"/> (Reserve, Suspended, Retired) after being imported as trained.</summary>
    public VolunteerBuilder WithStatus(VolunteerStatus status)
    {
        _status = (status, "set by the test");
        return this;
    }

    public VolunteerBuilder Suspended() => WithStatus(VolunteerStatus.Suspended);

    public VolunteerBuilder Retired() => WithStatus(VolunteerStatus.Retired);

    /// <summary>Moved by staff to the Reserve status (not a mobilisation's reserve).</summary>
    public VolunteerBuilder InReserveStatus() => WithStatus(VolunteerStatus.Reserve);

    /// <summary>Wants no non-emergency messages (emergency call-ups still reach them).</summary>
    public VolunteerBuilder OptedOutOfNonEmergencyMessages()
    {
        _nonEmergencyMessages = false;
        return this;
    }

    /// <summary>Personal data erased (<c>POST /volunteers/{id}/anonymize</c>) after everything else is applied.</summary>
    public VolunteerBuilder Anonymized()
    {
        _anonymized = true;
        return this;
    }

    public async Task<Volunteer> SaveAsync(VolunteersApiFactory factory) => (await SaveManyAsync(factory, [this]))[0];

    /// <summary>Saves the volunteer and returns only the id, for tests that compare ids (rosters, sign-ups).</summary>
    public async Task<Guid> SaveIdAsync(VolunteersApiFactory factory) => (await SaveAsync(factory)).Id;

    /// <summary>Saves the volunteers in one go (the concurrency tests need a hundred).</summary>
    public static async Task<IReadOnlyList<Volunteer>> SaveManyAsync(VolunteersApiFactory factory, IEnumerable<VolunteerBuilder> builders)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var directionIds = await db.Directions.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id);
        var now = factory.Clock.GetUtcNow();
        var volunteers = builders.Select(b => b.Build(directionIds, now)).ToList();
        db.Volunteers.AddRange(volunteers);
        await db.SaveChangesAsync();
        return volunteers;
    }

    /// <summary>
    /// Opens a sign-in account (role Volunteer) for <paramref name="volunteerId"/>, with the volunteer's e-mail as the
    /// sign-in name and <see cref="Password"/>; returns the account's id.
    /// </summary>
    public static async Task<Guid> AddAccountAsync(VolunteersApiFactory factory, Guid volunteerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var volunteer = await db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == volunteerId);
        var account = UserAccount.Create(volunteer.Email!, $"{volunteer.FirstName} {volunteer.LastName}", Role.Volunteer, factory.Clock.GetUtcNow(), volunteerId);
        account.SetPasswordHash(scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash(account, Password));
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    private Volunteer Build(Dictionary<string, int> directionIdsByCode, DateTimeOffset now)
    {
        var volunteer = Create(directionIdsByCode, now);
        if (!_nonEmergencyMessages)
        {
            volunteer.SetMessagePreferences(volunteer.MessageLanguage, nonEmergencyMessages: false);
        }

        if (_anonymized)
        {
            volunteer.Anonymize(now);
        }

        return volunteer;
    }

    private Volunteer Create(Dictionary<string, int> directionIdsByCode, DateTimeOffset now)
    {
        var person = new PersonalData(_firstName, _lastName, _middleName, Iin.Parse(_iin ?? Iins.For(_birthDate)), PhoneNumber.Parse(_phone), _email);
        int[] directions = _directionCodes is null ? _directionIds : [.. _directionCodes.Select(code => directionIdsByCode[code])];
        if (_traineeStage is { } stage)
        {
            var trainee = Volunteer.CreateTrainee(person, _district, _languages, directions, now);
            if (stage != StageKind.Introductory)
            {
                trainee.EnterStage(stage);
            }

            return trainee;
        }

        var volunteer = Volunteer.ImportTrained(person, _district, _languages, directions, _trainedOn, now);
        if (_status is { } status)
        {
            volunteer.ChangeStatus(status.Status, status.Reason);
        }

        return volunteer;
    }
}
