using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary>The import of the HQ's existing, already trained volunteers from CSV (as Excel exports it) or JSON.</summary>
public sealed class ImportTests(TestDatabase database) : RegistryApiTest(database)
{
    private const string Url = "/api/v1/volunteers/import";

    [Test]
    public async Task Import_CsvWithBomSemicolonsCyrillicAndHeadersInAnyOrderAndCase_CreatesActiveTrainedVolunteers()
    {
        var first = Iins.For(new DateOnly(1994, 3, 21), male: false);
        var second = Iins.For(new DateOnly(1988, 11, 2));
        var csv = $"""
                   LASTNAME;firstName;MiddleName;IIN;dateOfBirth;Phone;email;district;languages;directions;trainedOn
                   Нұрланова;Әсел;Маратқызы;{first};21.03.1994;8 701 234 56 78;asel@test.local;Nura;kk|ru;social|events;2019-05-20
                   Жумабаев;Бауыржан;;{second};1988-11-02;+7 (747) 111-22-33;baur@test.local;Yesil;ru;emergency;15.09.2016
                   """;

        var result = await ImportCsvAsync(csv, withBom: true);

        Assert.That(result["imported"]!.GetValue<int>(), Is.EqualTo(2), result.ToJsonString());
        Assert.That(result["skipped"]!.GetValue<int>(), Is.Zero);
        Assert.That(result["errors"]!.AsArray(), Is.Empty);
        using var admin = await AdminAsync();
        var listed = await GetJsonAsync(admin, "/api/v1/volunteers?search=нұрланова");
        var id = listed["items"]![0]!["id"]!.GetValue<string>();
        var asel = await GetJsonAsync(admin, $"/api/v1/volunteers/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(asel["firstName"]!.GetValue<string>(), Is.EqualTo("Әсел"));
            Assert.That(asel["middleName"]!.GetValue<string>(), Is.EqualTo("Маратқызы"));
            Assert.That(asel["iin"]!.GetValue<string>(), Is.EqualTo(first));
            Assert.That(asel["dateOfBirth"]!.GetValue<string>(), Is.EqualTo("1994-03-21"));
            Assert.That(asel["phone"]!.GetValue<string>(), Is.EqualTo("+77012345678"));
            Assert.That(asel["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(asel["currentStage"], Is.Null);
            Assert.That(asel["schoolPassedOn"]!.GetValue<string>(), Is.EqualTo("2019-05-20"));
            Assert.That(asel["languages"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "kk", "ru" }));
            Assert.That(asel["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EquivalentTo(new[] { 2, 5 }));
        });
        var baur = await GetJsonAsync(admin, $"/api/v1/volunteers/{(await GetJsonAsync(admin, "/api/v1/volunteers?search=бауыржан"))["items"]![0]!["id"]}");
        Assert.That(baur["middleName"], Is.Null);
        Assert.That(baur["schoolPassedOn"]!.GetValue<string>(), Is.EqualTo("2016-09-15"));
    }

    [Test]
    public async Task Import_CsvWithCommas_AndQuotedCells_IsRead()
    {
        var csv = $"""
                   lastName,firstName,iin,dateOfBirth,phone,email,district,languages,directions,trainedOn
                   "Ким, мл.",Дана,{Iins.For(new DateOnly(2000, 1, 31), male: false)},2000-01-31,87771234567,dana@test.local,Almaty,ru|en,international,2021-10-01
                   """;
        var result = await ImportCsvAsync(csv);
        Assert.That(result["imported"]!.GetValue<int>(), Is.EqualTo(1), result.ToJsonString());
        using var admin = await AdminAsync();
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers"))["items"]![0]!["lastName"]!.GetValue<string>(), Is.EqualTo("Ким, мл."));
    }

    [Test]
    public async Task Import_JsonArray_CreatesVolunteers()
    {
        var rows = new[] { Row("Серик", "Абаев", new DateOnly(1992, 6, 1), "serik@test.local"), Row("Мадина", "Оспанова", new DateOnly(1999, 12, 24), "madina@test.local") };
        using var admin = await AdminAsync();

        var response = await admin.PostJsonAsync(Url, rows);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ReadJsonAsync())["imported"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers?status=Active"))["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Import_ReportsEachInvalidRowByRowAndField_AndImportsTheValidOnes()
    {
        var valid = Row("Серик", "Абаев", new DateOnly(1992, 6, 1), "serik@test.local");
        var rows = new object[]
        {
            valid,
            Row("Айдос", "Қали", new DateOnly(1990, 5, 15), "aidos@test.local", iin: "900515300019"),
            Row("Аружан", "Сейт", new DateOnly(1995, 2, 2), "aruzhan@test.local", directions: ["social", "knitting"], district: "Atlantis"),
            Row("Ілияс", "Бек", new DateOnly(1993, 8, 8), "iliyas@test.local", trainedOn: "2099-01-01", phone: "12345"),
            Row("Томирис", "Ерлан", new DateOnly(1996, 4, 4), "tomiris@test.local", dateOfBirth: "1996-04-05"),
            Row("", "Нет", new DateOnly(1991, 1, 1), "no-name@test.local", trainedOn: "1990-01-01"),
        };
        using var admin = await AdminAsync();

        var result = await (await admin.PostJsonAsync(Url, rows)).ReadJsonAsync();

        Assert.That(result["imported"]!.GetValue<int>(), Is.EqualTo(1), result.ToJsonString());
        var errors = result["errors"]!.AsArray().Select(e => (Row: e!["row"]!.GetValue<int>(), Field: e["field"]!.GetValue<string>())).ToList();
        Assert.That(errors, Is.EquivalentTo(new[]
        {
            (2, "iin"), (3, "directions"), (3, "district"), (4, "trainedOn"), (4, "phone"), (5, "iin"), (6, "firstName"), (6, "trainedOn"),
        }));
        Assert.That(result["errors"]!.AsArray().All(e => e!["message"]!.GetValue<string>().Length > 0), Is.True);
    }

    [Test]
    public async Task Import_SkipsDuplicatesOfRegisteredVolunteers_AndOfEarlierRows()
    {
        var registered = await AVolunteer().BornOn(new DateOnly(1990, 3, 3)).WithEmail("registered@test.local").SaveAsync(Factory);
        var fileIin = Iins.For(new DateOnly(1997, 7, 7));
        var rows = new object[]
        {
            Row("А", "Один", new DateOnly(1990, 3, 3), "new-1@test.local", iin: registered.Iin),
            Row("Б", "Два", new DateOnly(1991, 1, 1), "REGISTERED@test.local"),
            Row("В", "Три", new DateOnly(1997, 7, 7), "three@test.local", iin: fileIin),
            Row("Г", "Четыре", new DateOnly(1997, 7, 7), "four@test.local", iin: fileIin),
            Row("Д", "Пять", new DateOnly(1992, 2, 2), "three@test.local"),
        };
        using var admin = await AdminAsync();

        var result = await (await admin.PostJsonAsync(Url, rows)).ReadJsonAsync();

        Assert.That(result["imported"]!.GetValue<int>(), Is.EqualTo(1), result.ToJsonString());
        Assert.That(result["skipped"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(result["errors"]!.AsArray(), Is.Empty);
        var duplicates = result["duplicates"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>()));
        Assert.That(duplicates, Is.EqualTo(new[] { (1, "iin"), (2, "email"), (4, "iin"), (5, "email") }));
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Import_CsvWithoutARequiredColumn_Returns400NamingIt()
    {
        var response = await PostCsvAsync("lastName;firstName;dateOfBirth;phone;email;district;languages;directions;trainedOn\nА;Б;1990-01-01;87011234567;a@test.local;Nura;kk;social;2020-01-01");
        Assert.That(await FieldErrorsAsync(response, "iin"), Is.EqualTo(new[] { "The CSV header has no column with this name." }));
    }

    [Test]
    public async Task Import_OfAnotherContentType_Returns415()
    {
        using var admin = await AdminAsync();
        var response = await admin.PostAsync(Url, new StringContent("lastName", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Import_AcceptsMoreThanTheUsualLimit_ButNotMoreThan10MiB()
    {
        using var admin = await AdminAsync();
        var header = "lastName;firstName;iin;dateOfBirth;phone;email;district;languages;directions;trainedOn\n";
        var twoMiB = header + new string(' ', 2 * 1024 * 1024);
        Assert.That((await admin.PostAsync(Url, new StringContent(twoMiB, Encoding.UTF8, "text/csv"))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await admin.PostAsync("/api/v1/directions", new StringContent($"{{\"code\":\"{new string('x', 2 * 1024 * 1024)}\"}}", Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge);

        var elevenMiB = header + new string(' ', 11 * 1024 * 1024);
        await AssertProblemAsync(await admin.PostAsync(Url, new StringContent(elevenMiB, Encoding.UTF8, "text/csv")), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Import_TenThousandRows_InOneRequest()
    {
        var csv = new StringBuilder("lastName;firstName;middleName;iin;dateOfBirth;phone;email;district;languages;directions;trainedOn\n");
        string[] districts = ["Almaty", "Baikonur", "Yesil", "Saryarka", "Nura"];
        string[] directions = ["social", "emergency|medical", "events", "international|ecology|social"];
        for (var i = 0; i < 10_000; i++)
        {
            var birthDate = new DateOnly(1980, 1, 1).AddDays(i % 9000);
            csv.Append(CultureInfo.InvariantCulture,
                $"Фамилия{i};Имя{i};Отчество;{Iins.For(birthDate, i % 2 == 0)};{birthDate:yyyy-MM-dd};+7 701 {i / 10000 % 1000:000} {i / 100 % 100:00} {i % 100:00};bulk-{i}@test.local;{districts[i % 5]};kk|ru;{directions[i % 4]};2018-06-01\n");
        }

        using var admin = await AdminAsync();
        admin.Timeout = TimeSpan.FromMinutes(5);
        var watch = Stopwatch.StartNew();
        var response = await admin.PostAsync(Url, new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        watch.Stop();

        var result = await response.ReadJsonAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), result.ToJsonString());
        Assert.That(result["imported"]!.GetValue<int>(), Is.EqualTo(10_000), result["errors"]!.ToJsonString()[..Math.Min(2000, result["errors"]!.ToJsonString().Length)]);
        await TestContext.Out.WriteLineAsync($"Imported 10,000 CSV rows ({Encoding.UTF8.GetByteCount(csv.ToString()) / 1024} KiB) on {Database} in {watch.ElapsedMilliseconds} ms.");
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
        Assert.That((await GetJsonAsync(admin, "/api/v1/volunteers?district=Nura&pageSize=1"))["totalCount"]!.GetValue<int>(), Is.EqualTo(2000));

        var again = await (await admin.PostAsync(Url, new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).ReadJsonAsync();
        Assert.That(again["imported"]!.GetValue<int>(), Is.Zero);
        Assert.That(again["skipped"]!.GetValue<int>(), Is.EqualTo(10_000), "a repeated import adds nobody");
    }

    private static Dictionary<string, object?> Row(
        string firstName, string lastName, DateOnly birthDate, string email, string? iin = null, string[]? directions = null,
        string district = "Yesil", string trainedOn = "2020-09-01", string phone = "+7 701 555 66 77", string? dateOfBirth = null) => new()
    {
        ["lastName"] = lastName,
        ["firstName"] = firstName,
        ["iin"] = iin ?? Iins.For(birthDate),
        ["dateOfBirth"] = dateOfBirth ?? birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["phone"] = phone,
        ["email"] = email,
        ["district"] = district,
        ["languages"] = new[] { "kk", "ru" },
        ["directions"] = directions ?? ["social"],
        ["trainedOn"] = trainedOn,
    };

    [Test]
    public async Task Import_OnSqlite_GivesItsConnectionItsOwnCacheSizeBack()
    {
        var before = await SqliteCacheSizeAsync();
        var csv = $"""
                   lastName,firstName,iin,dateOfBirth,phone,email,district,languages,directions,trainedOn
                   Ким,Дана,{Iins.For(new DateOnly(2000, 1, 31), male: false)},2000-01-31,87771234567,dana@test.local,Almaty,ru,international,2021-10-01
                   """;
        Assert.That((await ImportCsvAsync(csv))["imported"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(await SqliteCacheSizeAsync(), Is.EqualTo(before), "the import's larger page cache must not stay with a pooled connection");
    }

    /// <summary>The page cache size of a connection from the pool (the one the import used, as requests here come one at a time).</summary>
    private async Task<long> SqliteCacheSizeAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assume.That(db.Database.IsSqlite(), "a SQLite setting");
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA cache_size";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<HttpResponseMessage> PostCsvAsync(string csv, bool withBom = false)
    {
        using var admin = await AdminAsync();
        var bytes = Encoding.UTF8.GetBytes(csv);
        var content = new ByteArrayContent(withBom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return await admin.PostAsync(Url, content);
    }

    private async Task<JsonNode> ImportCsvAsync(string csv, bool withBom = false)
    {
        var response = await PostCsvAsync(csv, withBom);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
