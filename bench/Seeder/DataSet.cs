using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Bench.Seeder;

/// <summary>
/// The benchmark's data set, made with the domain's own factories and state transitions so that every row is one the
/// product could have written: <c>scale</c> volunteers (the city HQ's 2,000 Active ones first, then a national registry:
/// trainees, active, reserve, suspended, retired), 1,000 campaigns in every status (kk/ru titles) over the last year and
/// the next months, 20,000 shifts, a year of past sign-ups with check-in/out (hours), help requests and applications.
/// Shifts at the same time never share a volunteer. Deterministic (fixed random seed) apart from "now".
/// </summary>
internal sealed class DataSet(ApplicationDbContext db, TimeProvider clock, int scale, string importFile)
{
    public const int ActiveVolunteers = 2_000;
    public const int CampaignCount = 1_000;
    public const int ShiftCount = 20_000;

    /// <summary>How many shifts may run at the same time: each lane's past sign-ups come from its own share of the active volunteers.</summary>
    private const int Lanes = 8;

    /// <summary>Mass events (a marathon, a city festival) with one big shift each: the sign-up burst's targets.</summary>
    public const int BurstShifts = 20;
    public const int BurstCapacity = 2_000;

    private const int BatchSize = 5_000;
    private const int ImportRows = 10_000;
    private static readonly TimeZoneInfo Hq = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
    private static readonly string[] DistrictCodes = ["Almaty", "Baikonur", "Yesil", "Saryarka", "Nura"];
    private static readonly int[] SlotHours = [8, 10, 12, 14, 16, 18];

    private readonly Random _random = new(20_260_301);
    private readonly DateTimeOffset _now = clock.GetUtcNow();
    private readonly Dictionary<(DateOnly Day, int Slot), int> _takenSlots = [];
    private readonly HashSet<string> _iins = [];
    private int _iinSequence;
    private int _phoneSequence;

    public sealed record Summary(
        Guid SampleCampaignId,
        Guid SampleVolunteerId,
        string SampleSearch,
        int SampleSearchMatches,
        IReadOnlyDictionary<string, int> Counts,
        IReadOnlyList<(Guid ShiftId, Guid VolunteerId)> SignUpPairs);

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_now, Hq).DateTime);

    public async Task<Summary> SeedAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF;", cancellationToken); // a throw-away file
        }

        var directions = await db.Directions.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var counts = new Dictionary<string, int>();

        var (active, nameKeys) = await SeedVolunteersAsync(directions.Values.ToArray(), counts, cancellationToken);
        await WriteImportFileAsync(directions.Keys.ToArray(), cancellationToken);
        var (campaigns, burst) = await SeedCampaignsAsync(directions, active, counts, cancellationToken);
        await SeedApplicationsAsync(directions.Values.ToArray(), counts, cancellationToken);
        db.SchoolPlans.Add(SchoolPlan.Create(Today.Year, 1_200, _now.AddMonths(-10)));
        await SaveAsync(cancellationToken);

        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken); // statistics for the planner, as after a day of use

        var sample = campaigns.Where(c => c.Status == CampaignStatus.Published && c.Kind != CampaignKind.Event).OrderBy(c => c.StartsOn).First();
        var (search, matches) = SampleSearch(nameKeys);
        return new Summary(sample.Id, active[0], search, matches, counts, BurstPairs(burst, [.. active.Take(ActiveVolunteers)]));
    }

    private async Task<(List<Guid> Active, List<string> NameKeys)> SeedVolunteersAsync(
        int[] directionIds, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        var active = new List<Guid>(ActiveVolunteers);
        var nameKeys = new List<string>(scale);
        var byStatus = new Dictionary<VolunteerStatus, int>();
        for (var i = 0; i < scale; i++)
        {
            var volunteer = NewVolunteer(i, directionIds);
            if (volunteer.Status == VolunteerStatus.Active)
            {
                active.Add(volunteer.Id);
            }

            nameKeys.Add(volunteer.NameKey);
            byStatus[volunteer.Status] = byStatus.GetValueOrDefault(volunteer.Status) + 1;
            db.Volunteers.Add(volunteer);
            if ((i + 1) % BatchSize == 0)
            {
                await SaveAsync(cancellationToken);
            }
        }

        await SaveAsync(cancellationToken);
        counts["volunteers"] = scale;
        foreach (var (status, count) in byStatus)
        {
            counts[$"volunteers{status}"] = count;
        }

        return (active, nameKeys);
    }

    /// <summary>The first 2,000 are Active (imported, trained); the rest trainees, active, reserve, suspended and retired.</summary>
    private Volunteer NewVolunteer(int index, int[] directionIds)
    {
        var male = _random.Next(2) == 0;
        var birth = new DateOnly(1965, 1, 1).AddDays(_random.Next(365 * 41));
        var person = new PersonalData(
            Names.First(_random, male), Names.Surname(_random, male), Names.Middle(_random, male), NextIin(birth, male), NextPhone(), $"v{index}@volunteers.example.kz");
        var district = DistrictCodes[_random.Next(DistrictCodes.Length)];
        var languages = _random.Next(4) switch { 0 => new[] { "kk" }, 1 => ["ru"], 2 => ["kk", "ru"], _ => ["ru", "kk", "en"] };
        var directions = _random.GetItems(directionIds, 1 + _random.Next(3)).Distinct();
        var createdAt = _now.AddDays(-_random.Next(1, 3_000)).AddMinutes(-_random.Next(1_440));
        var trainedOn = DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(_random.Next(30, 120));
        if (trainedOn > Today)
        {
            trainedOn = Today.AddDays(-1);
        }

        if (index < ActiveVolunteers)
        {
            return Volunteer.ImportTrained(person, district, languages, directions, trainedOn, createdAt);
        }

        var roll = _random.Next(100);
        if (roll < 40)
        {
            var trainee = Volunteer.CreateTrainee(person, district, languages, directions, createdAt);
            var stage = _random.Next(3);
            if (stage > 0)
            {
                trainee.EnterStage(StageKind.Specialization);
            }

            if (stage > 1)
            {
                trainee.EnterStage(StageKind.Practice);
            }

            return trainee;
        }

        var finished = Volunteer.ImportTrained(person, district, languages, directions, trainedOn, createdAt);
        if (roll < 70)
        {
            return finished;
        }

        if (roll < 85)
        {
            finished.ChangeStatus(VolunteerStatus.Reserve, "Резерв: уақыты аз / мало времени");
        }
        else if (roll < 90)
        {
            finished.ChangeStatus(VolunteerStatus.Suspended, "Приостановлен по заявлению");
        }
        else
        {
            finished.ChangeStatus(VolunteerStatus.Retired, "Выбыл");
            if (roll == 99)
            {
                finished.Anonymize(_now.AddDays(-_random.Next(1, 300)));
            }
        }

        return finished;
    }

    private async Task<(List<Campaign> Campaigns, List<Shift> Burst)> SeedCampaignsAsync(
        Dictionary<string, int> directions, List<Guid> active, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        // Status mix of the last year: mostly completed, some running, planned (published) and drafts.
        var plan = new List<(CampaignStatus Status, int StartDay, bool Burst)>();
        plan.AddRange(Enumerable.Range(0, 450).Select(i => (CampaignStatus.Completed, -365 + (i * 310 / 450), false)));
        plan.AddRange(Enumerable.Range(0, 150).Select(i => (CampaignStatus.InProgress, -14 + (i % 14), false)));
        plan.AddRange(Enumerable.Range(0, 150).Select(i => (CampaignStatus.Published, 3 + (i * 90 / 150), false)));
        plan.AddRange(Enumerable.Range(0, BurstShifts).Select(i => (CampaignStatus.Published, 10 + (i * 9), true)));
        plan.AddRange(Enumerable.Range(0, 115).Select(i => (CampaignStatus.Draft, 30 + (i * 120 / 115), false)));
        plan.AddRange(Enumerable.Range(0, 115).Select(i => (CampaignStatus.Cancelled, -300 + (i * 290 / 115), false)));

        var regularShifts = (ShiftCount - BurstShifts) / (CampaignCount - BurstShifts);
        var campaigns = new List<Campaign>(CampaignCount);
        var burst = new List<Shift>(BurstShifts);
        var signUps = 0;
        var checkedOut = 0;
        var helpRequests = new List<HelpRequest>();
        var number = 0;
        foreach (var (status, startDay, isBurst) in plan)
        {
            number++;
            var theme = isBurst ? Themes.Burst[number % Themes.Burst.Length] : Themes.All[number % Themes.All.Length];
            var district = theme.ByDistrict ? DistrictCodes[number % DistrictCodes.Length] : null;
            var startsOn = Today.AddDays(startDay);

            // Shifts first (at free slots from the start day on), so that the campaign's dates cover them.
            // A regular campaign's shifts every other day from its start (about six weeks), a mass event's on one day.
            var slots = Enumerable.Range(0, isBurst ? 1 : regularShifts).Select(k => TakeSlot(startsOn.AddDays(2 * k), whole: isBurst)).ToList();
            var endsOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slots[^1].Start, Hq).DateTime);
            var createdAt = Min(Instant(startsOn.AddDays(-20), 10), _now.AddDays(-4 - _random.Next(10)));
            var campaign = Campaign.Create(
                new CampaignDetails(Themes.Title(theme, district, number), theme.Description, directions[theme.Direction], theme.Kind, district, theme.Location, startsOn, endsOn),
                createdAt);
            campaigns.Add(campaign);
            if (status != CampaignStatus.Draft)
            {
                campaign.Publish(createdAt.AddDays(2));
            }

            var shifts = slots.Select(slot => campaign.PlanShift(
                slot.Start, slot.Start.AddMinutes(105), isBurst ? BurstCapacity : 8 + _random.Next(23), theme.Location ?? "Штаб волонтёров, ул. Бейбітшілік 11", Hq, createdAt.AddDays(3))).ToList();
            db.Campaigns.Add(campaign);
            db.Shifts.AddRange(shifts);
            if (isBurst)
            {
                burst.AddRange(shifts);
            }

            if (status is CampaignStatus.InProgress or CampaignStatus.Completed)
            {
                campaign.Start(Instant(startsOn, 7));
                foreach (var (shift, lane) in shifts.Zip(slots.Select(s => s.Lane)).Where(s => s.First.EndsAt < _now))
                {
                    (var signed, var worked) = SignUpAndAttend(shift, LaneOf(active, lane));
                    signUps += signed;
                    checkedOut += worked;
                }
            }

            if (status is not (CampaignStatus.Draft or CampaignStatus.Cancelled))
            {
                helpRequests.AddRange(HelpRequestsFor(campaign, shifts, theme));
            }

            if (status == CampaignStatus.Completed)
            {
                campaign.Complete(Instant(endsOn, 21));
            }
            else if (status == CampaignStatus.Cancelled)
            {
                campaign.Cancel(createdAt.AddDays(5));
            }
        }

        // Requests still waiting for a shift.
        for (var i = 0; i < 900; i++)
        {
            var request = NewHelpRequest(Themes.All[i % Themes.All.Length].HelpKind, _now.AddDays(-_random.Next(2, 20)));
            if (i % 9 == 0)
            {
                request.Cancel(request.CreatedAt.AddDays(1));
            }

            helpRequests.Add(request);
        }

        db.HelpRequests.AddRange(helpRequests);
        await SaveAsync(cancellationToken);

        // Seats are counted by the database (the product does this with a conditional UPDATE in the sign-up's transaction).
        // Quoted identifiers: SQLite reads them, and PostgreSQL needs them for its mixed-case names.
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Shifts" SET
              "ConfirmedCount" = (SELECT COUNT(*) FROM "SignUps" s WHERE s."ShiftId" = "Shifts"."Id" AND s."Status" = 'Confirmed'),
              "RosterVersion" = (SELECT COUNT(*) FROM "SignUps" s WHERE s."ShiftId" = "Shifts"."Id")
            """,
            cancellationToken);

        counts["campaigns"] = campaigns.Count;
        foreach (var group in campaigns.GroupBy(c => c.Status))
        {
            counts[$"campaigns{group.Key}"] = group.Count();
        }

        counts["shifts"] = await db.Shifts.CountAsync(cancellationToken);
        counts["signUps"] = signUps;
        counts["checkedOut"] = checkedOut;
        counts["helpRequests"] = helpRequests.Count;
        return (campaigns, burst);
    }

    /// <summary>A few to fifteen active volunteers signed up; most came (checked in and out), some cancelled, some did not show.</summary>
    private (int SignedUp, int CheckedOut) SignUpAndAttend(Shift shift, List<Guid> active)
    {
        var wanted = Math.Min(shift.Capacity, 3 + _random.Next(13));
        var signedAt = shift.StartsAt.AddDays(-_random.Next(1, 10));
        var ticket = 0;
        var worked = 0;
        foreach (var volunteerId in _random.GetItems(CollectionsMarshal.AsSpan(active), wanted).Distinct())
        {
            var signUp = SignUp.Confirmed(shift, volunteerId, ++ticket, signedAt.AddMinutes(ticket));
            var roll = _random.Next(20);
            if (roll == 0)
            {
                signUp.Cancel(signedAt.AddDays(1));
            }
            else if (roll > 1)
            {
                var arrived = shift.StartsAt.AddMinutes(_random.Next(-15, 15));
                signUp.CheckIn(arrived, _now);
                signUp.CheckOut(Min(shift.EndsAt.AddMinutes(_random.Next(-20, 40)), _now), _now);
                worked++;
            }

            db.SignUps.Add(signUp);
        }

        return (ticket, worked);
    }

    private IEnumerable<HelpRequest> HelpRequestsFor(Campaign campaign, List<Shift> shifts, Themes.Theme theme)
    {
        if (theme.HelpKind is null)
        {
            yield break;
        }

        foreach (var shift in shifts)
        {
            for (var i = 0; i < 2; i++)
            {
                var request = NewHelpRequest(theme.HelpKind, Min(shift.StartsAt.AddDays(-_random.Next(3, 15)), _now.AddDays(-2)));
                request.AssignTo(shift, campaign, request.CreatedAt.AddDays(1));
                if (shift.EndsAt < _now)
                {
                    request.Complete(shift.EndsAt.AddHours(1));
                }

                yield return request;
            }
        }
    }

    private HelpRequest NewHelpRequest(HelpKind? kind, DateTimeOffset createdAt)
    {
        var male = _random.Next(2) == 0;
        var beneficiary = new Beneficiary(
            $"{Names.Surname(_random, male)} {Names.First(_random, male)} {Names.Middle(_random, male)}".TrimEnd(),
            NextPhone(),
            $"ул. {Themes.Streets[_random.Next(Themes.Streets.Length)]}, {1 + _random.Next(120)}, кв. {1 + _random.Next(200)}",
            DistrictCodes[_random.Next(DistrictCodes.Length)],
            (BeneficiaryCategory)_random.Next(6));
        return HelpRequest.Create(beneficiary, kind ?? (HelpKind)_random.Next(6), "Просьба позвонить за час до визита.", DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(7), createdAt);
    }

    private async Task SeedApplicationsAsync(int[] directionIds, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        const int total = 3_000;
        var reviewer = await db.UserAccounts.Select(a => a.Id).FirstAsync(cancellationToken);
        for (var i = 0; i < total; i++)
        {
            var male = _random.Next(2) == 0;
            var submittedAt = _now.AddDays(-_random.Next(0, 200)).AddMinutes(-_random.Next(1_440));
            var today = DateOnly.FromDateTime(submittedAt.UtcDateTime);
            var birth = new DateOnly(1970, 1, 1).AddDays(_random.Next(365 * 35));
            var person = new PersonalData(Names.First(_random, male), Names.Surname(_random, male), Names.Middle(_random, male), NextIin(birth, male), NextPhone(), $"applicant{i}@mail.example.kz");
            var application = VolunteerApplication.Submit(
                person, DistrictCodes[_random.Next(DistrictCodes.Length)], ["kk", "ru"], _random.GetItems(directionIds, 1 + _random.Next(2)).Distinct().ToList(),
                "Хочу помогать людям своего города.", null, new PersonalDataConsent(submittedAt, PersonalDataConsent.CurrentTextVersion), today, submittedAt);
            if (i % 3 == 0)
            {
                application.Reject(reviewer, "Не удалось связаться с кандидатом.", submittedAt.AddDays(3));
            }

            db.Applications.Add(application);
        }

        await SaveAsync(cancellationToken);
        counts["applications"] = total;
    }

    /// <summary>Every (burst shift, active volunteer) pair once, interleaved so that neighbouring requests differ in both.</summary>
    private static List<(Guid, Guid)> BurstPairs(List<Shift> burst, List<Guid> active)
    {
        var pairs = new List<(Guid, Guid)>(burst.Count * active.Count);
        for (var round = 0; round < active.Count; round++)
        {
            for (var s = 0; s < burst.Count; s++)
            {
                pairs.Add((burst[s].Id, active[(round + (97 * s)) % active.Count]));
            }
        }

        return pairs;
    }

    /// <summary>
    /// A surname fragment (a stem without its ending) that a handful of people's names contain, as staff type it: 3 to 12
    /// people if some fragment finds so few, else the rarest (at national scale every surname is shared by dozens).
    /// </summary>
    private static (string Search, int Matches) SampleSearch(List<string> nameKeys)
    {
        (string, int)? rarest = null;
        foreach (var surname in Names.Surnames.Reverse().Take(400)) // the rarest: the list is ordered by frequency
        {
            var fragment = Volunteer.SearchKey(surname[..^2]);
            if (fragment.Length < 5)
            {
                continue;
            }

            var matches = nameKeys.Count(k => k.Contains(fragment, StringComparison.Ordinal));
            if (matches is >= 3 and <= 12)
            {
                return (fragment, matches);
            }

            if (matches >= 3 && (rarest is null || matches < rarest.Value.Item2))
            {
                rarest = (fragment, matches);
            }
        }

        return rarest ?? throw new InvalidOperationException("No surname fragment matches three people: the data set is too small.");
    }

    /// <summary>
    /// The next free lane of a shift slot (six a day, 08:00–18:00 HQ time) on or after <paramref name="day"/>; a
    /// <paramref name="whole"/> slot (a mass event's, which every HQ volunteer signs up for) shares its time with no other shift.
    /// </summary>
    private (DateTimeOffset Start, int Lane) TakeSlot(DateOnly day, bool whole)
    {
        for (var d = day; ; d = d.AddDays(1))
        {
            for (var slot = 0; slot < SlotHours.Length; slot++)
            {
                var taken = _takenSlots.GetValueOrDefault((d, slot));
                if (whole ? taken == 0 : taken < Lanes)
                {
                    _takenSlots[(d, slot)] = whole ? Lanes : taken + 1;
                    return (Instant(d, SlotHours[slot]), taken);
                }
            }
        }
    }

    /// <summary>The active volunteers of one lane: shifts at the same time are in different lanes, so nobody works two at once.</summary>
    private static List<Guid> LaneOf(List<Guid> active, int lane) => [.. active.Where((_, i) => i % Lanes == lane)];

    /// <summary>
    /// The import file: 10,000 trained volunteers nobody registered yet (IINs no seeded volunteer or benchmark application
    /// has, e-mails of their own), as an HQ exports them for <c>POST /volunteers/import</c>.
    /// </summary>
    private async Task WriteImportFileAsync(string[] directionCodes, CancellationToken cancellationToken)
    {
        var csv = new System.Text.StringBuilder("lastName;firstName;middleName;iin;dateOfBirth;phone;email;district;languages;directions;trainedOn\n");
        for (var i = 0; i < ImportRows; i++)
        {
            var male = _random.Next(2) == 0;
            var birth = new DateOnly(1950, 1, 1).AddDays(i);
            var iin = ImportIin(birth, male);
            var directions = string.Join('|', _random.GetItems(directionCodes, 1 + _random.Next(3)).Distinct());
            csv.Append(CultureInfo.InvariantCulture,
                $"{Names.Surname(_random, male)};{Names.First(_random, male)};{Names.Middle(_random, male)};{iin.Value};{birth:yyyy-MM-dd};+7 705 {i / 10_000 % 1_000:000} {i / 100 % 100:00} {i % 100:00};import{i}@volunteers.example.kz;{DistrictCodes[i % DistrictCodes.Length]};kk|ru;{directions};2019-05-20\n");
        }

        await File.WriteAllTextAsync(importFile, csv.ToString(), cancellationToken);
    }

    /// <summary>
    /// A valid IIN for the import file: born before 1980 (the application benchmark's IINs are born from 1980 on) with a
    /// serial from 5000 (the seeded volunteers' serials stay below 1000); each import row has a birth date of its own.
    /// </summary>
    private static Iin ImportIin(DateOnly birth, bool male)
    {
        var century = male ? 3 : 4;
        for (var serial = 5_000; ; serial++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{century}{serial:D4}");
            for (var check = 0; check < 10; check++)
            {
                if (Iin.TryParse(prefix + check.ToString(CultureInfo.InvariantCulture), out var iin, out _))
                {
                    return iin;
                }
            }
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The hour of the day at HQ, as an instant in UTC (the domain's form; PostgreSQL's timestamptz takes no other offset).</summary>
    private static DateTimeOffset Instant(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Hq.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>
    /// A unique valid IIN for the birth date. Serial numbers stay below 1000 here, so they never meet the ones the
    /// application benchmark generates (1000 and up).
    /// </summary>
    private Iin NextIin(DateOnly birth, bool male)
    {
        while (true)
        {
            var serial = _iinSequence++ % 1_000;
            var century = birth.Year >= 2000 ? (male ? 5 : 6) : (male ? 3 : 4);
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{century}{serial:D4}");
            for (var check = 0; check < 10; check++)
            {
                if (Iin.TryParse(prefix + check.ToString(CultureInfo.InvariantCulture), out var iin, out _))
                {
                    if (_iins.Add(iin.Value))
                    {
                        return iin;
                    }

                    break; // taken: try the next serial
                }
            }
        }
    }

    private PhoneNumber NextPhone() =>
        PhoneNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"+7702{_phoneSequence++ % 10_000_000:D7}"));

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<IHasDomainEvents>())
        {
            entry.Entity.ClearDomainEvents(); // history, not news: no webhooks for seeded data
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
