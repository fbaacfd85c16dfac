using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// A volunteer written straight into the database, for tests about the registry that need people in it:
/// <c>await AVolunteer().Named("Асель", "Нурланова").InDistrict("Nura").SaveAsync(Factory)</c>. Active by default.
/// </summary>
public sealed class VolunteerBuilder
{
    private static int _sequence;

    private string _firstName = "Ержан";
    private string _lastName = "Ахметов";
    private string? _middleName;
    private DateOnly _birthDate = new(1995, 4, 12);
    private string? _iin;
    private string _phone = "+7 702 555 12 34";
    private string _email = $"volunteer-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}@test.local";
    private string _district = "Yesil";
    private string[] _languages = ["kk", "ru"];
    private int[] _directions = [2];
    private bool _trainee;
    private (VolunteerStatus Status, string Reason)? _status;

    public static VolunteerBuilder AVolunteer() => new();

    public VolunteerBuilder Named(string firstName, string lastName, string? middleName = null)
    {
        (_firstName, _lastName, _middleName) = (firstName, lastName, middleName);
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

    public VolunteerBuilder Speaking(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public VolunteerBuilder InDirections(params int[] directionIds)
    {
        _directions = directionIds;
        return this;
    }

    /// <summary>Approved from an application: a trainee in the introductory stage.</summary>
    public VolunteerBuilder AsTrainee()
    {
        _trainee = true;
        return this;
    }

    public VolunteerBuilder WithStatus(VolunteerStatus status)
    {
        _status = (status, "set by the test");
        return this;
    }

    public async Task<Volunteer> SaveAsync(VolunteersApiFactory factory)
    {
        var now = factory.Clock.GetUtcNow();
        var person = new PersonalData(_firstName, _lastName, _middleName, Iin.Parse(_iin ?? Iins.For(_birthDate)), PhoneNumber.Parse(_phone), _email);
        var volunteer = _trainee
            ? Volunteer.CreateTrainee(person, _district, _languages, _directions, now)
            : Volunteer.ImportTrained(person, _district, _languages, _directions, new DateOnly(2020, 5, 1), now);
        if (_status is { } status)
        {
            volunteer.ChangeStatus(status.Status, status.Reason);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return volunteer;
    }
}
