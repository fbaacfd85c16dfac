using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

// Usage: Reference --urls http://127.0.0.1:5301 --db /path/to/volunteers.db
//        Reference --urls http://127.0.0.1:5301 --provider Postgres --connection "Host=…;Database=…"
// The yardsticks of bench/run.sh: /ceiling answers a constant, the other routes answer the same SQL as the API's
// endpoints (same rows, paging, order and JSON shape) with raw ADO.NET — no EF Core, no Mediator, no validation.
// The SQL quotes its identifiers ("Campaigns"), which both SQLite and PostgreSQL read; where the two store a value
// differently (instants, GUIDs) or search names differently, the provider picks the form the API's provider uses.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
var postgres = string.Equals(builder.Configuration["provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
DbDataSource dataSource = postgres
    ? NpgsqlDataSource.Create(builder.Configuration["connection"] ?? throw new InvalidOperationException("--connection <Npgsql connection string> is required"))
    : SqliteFactory.Instance.CreateDataSource(new SqliteConnectionStringBuilder
    {
        DataSource = builder.Configuration["db"] ?? throw new InvalidOperationException("--db <file> is required"),
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
    }.ToString());
var app = builder.Build();

var constant = new { status = "ok", items = new[] { 1, 2, 3 } };
app.MapGet("/ceiling", () => Results.Json(constant));

app.MapGet("/directions", async () =>
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var reader = await ReaderAsync(connection, """
        SELECT "Id", "Code", "Name_Kk", "Name_Ru", "Name_En", "Description_Kk", "Description_Ru", "Description_En", "IsActive"
        FROM "Directions" ORDER BY "IsActive" DESC, "Id"
        """);
    var items = new List<object>();
    while (await reader.ReadAsync())
    {
        items.Add(new
        {
            id = reader.GetInt32(0),
            code = reader.GetString(1),
            name = Text(reader, 2),
            description = Text(reader, 5),
            isActive = reader.GetBoolean(8),
        });
    }

    return Results.Json(items);
});

// The public campaign list: published, running and completed campaigns, latest start first, one page.
const string PublicCampaign = "\"Status\" IN ('Published', 'InProgress', 'Completed')";
const string CampaignColumns = """
    "Id", "Title_Kk", "Title_Ru", "Title_En", "Description_Kk", "Description_Ru", "Description_En", "DirectionId", "Kind",
    "DistrictCode", "Location", "StartsOn", "EndsOn", "Status", "Version"
    """;
app.MapGet("/campaigns", async (int? page, int? pageSize) =>
{
    var (number, size) = (page ?? 1, pageSize ?? 20);
    await using var connection = await dataSource.OpenConnectionAsync();
    var total = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"Campaigns\" WHERE {PublicCampaign}");
    await using var reader = await ReaderAsync(connection, $"""
        SELECT {CampaignColumns} FROM "Campaigns" WHERE {PublicCampaign}
        ORDER BY "StartsOn" DESC, "Id" DESC LIMIT @p0 OFFSET @p1
        """, size, (number - 1) * size);
    var items = new List<object>(size);
    while (await reader.ReadAsync())
    {
        items.Add(Campaign(reader));
    }

    return Results.Json(new { items, page = number, pageSize = size, totalCount = total });
});

app.MapGet("/campaigns/{id:guid}", async (Guid id) =>
{
    await using var connection = await dataSource.OpenConnectionAsync();
    // SQLite keeps GUIDs as upper-case text (EF Core's convention), PostgreSQL as uuid.
    await using var reader = await ReaderAsync(
        connection, $"SELECT {CampaignColumns} FROM \"Campaigns\" WHERE \"Id\" = @p0 AND {PublicCampaign}", postgres ? id : id.ToString().ToUpperInvariant());
    return await reader.ReadAsync() ? Results.Json(Campaign(reader)) : Results.NotFound();
});

// The public figures, each counted in the database, as GET /stats computes them (without its 10-second cache).
app.MapGet("/stats", async () =>
{
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);
    var (first, last) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
    await using var connection = await dataSource.OpenConnectionAsync();

    var byStatus = new Dictionary<string, long> { ["Trainee"] = 0, ["Active"] = 0, ["Reserve"] = 0, ["Suspended"] = 0, ["Retired"] = 0 };
    await using (var reader = await ReaderAsync(connection, "SELECT \"Status\", COUNT(*) FROM \"Volunteers\" GROUP BY \"Status\""))
    {
        while (await reader.ReadAsync())
        {
            byStatus[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    var perDirection = new Dictionary<int, long>();
    await using (var reader = await ReaderAsync(connection, "SELECT \"DirectionId\", COUNT(*) FROM \"VolunteerDirection\" GROUP BY \"DirectionId\""))
    {
        while (await reader.ReadAsync())
        {
            perDirection[reader.GetInt32(0)] = reader.GetInt64(1);
        }
    }

    var byDirection = new List<object>();
    await using (var reader = await ReaderAsync(connection, "SELECT \"Id\", \"Code\" FROM \"Directions\" ORDER BY \"Id\""))
    {
        while (await reader.ReadAsync())
        {
            byDirection.Add(new { directionId = reader.GetInt32(0), code = reader.GetString(1), count = perDirection.GetValueOrDefault(reader.GetInt32(0)) });
        }
    }

    var trained = await ScalarAsync(connection, "SELECT COUNT(*) FROM \"Volunteers\" WHERE \"SchoolPassedOn\" IS NOT NULL");
    var target = await ScalarAsync(connection, "SELECT \"Target\" FROM \"SchoolPlans\" WHERE \"Year\" = @p0", today.Year);
    var enrolled = await ScalarAsync(connection, """
        SELECT COUNT(*) FROM (
          SELECT 1 FROM "TrainingCohorts" t JOIN "CohortMembers" c ON t."Id" = c."CohortId"
          WHERE t."Stage" = 'Introductory' GROUP BY c."VolunteerId"
          HAVING MIN(t."StartsOn") >= @p0 AND MIN(t."StartsOn") <= @p1) AS firsts
        """, first, last);
    var becameActive = await ScalarAsync(connection, "SELECT COUNT(*) FROM \"Volunteers\" WHERE \"SchoolPassedOn\" >= @p0 AND \"SchoolPassedOn\" <= @p1", first, last);
    var completed = await ScalarAsync(connection, "SELECT COUNT(*) FROM \"Campaigns\" WHERE \"Status\" = 'Completed'");
    var minutes = await ScalarAsync(connection, """
        SELECT COALESCE(SUM("WorkedMinutes"), 0) FROM "SignUps" WHERE "CheckedOutAt" IS NOT NULL AND "WorkedMinutes" IS NOT NULL
        """);
    var helped = await ScalarAsync(connection, "SELECT COUNT(*) FROM \"HelpRequests\" WHERE \"Status\" = 'Completed'");
    var mobilised = await ScalarAsync(connection, """
        SELECT COUNT(*) FROM "Rosters" r JOIN "RosterEntries" e ON r."Id" = e."RosterId" WHERE r."Date" = @p0 AND e."Status" <> 'Declined'
        """, today);

    return Results.Json(new
    {
        volunteers = new { total = byStatus.Values.Sum(), byStatus, byDirection },
        trained = new { total = 2500 + trained, since = 2014 },
        schoolPlan = new { year = today.Year, target, enrolled, passed = becameActive },
        campaignsCompleted = completed,
        volunteerHours = Math.Round(minutes / 60m, 1),
        helpRequestsCompleted = helped,
        mobilisedToday = mobilised,
    });
});

// The staff registry searched by a part of the name, first page by last name, with each volunteer's directions. As in
// the API: on SQLite a key of three or more characters is looked up in the FTS5 trigram table, a shorter one scans; on
// PostgreSQL LIKE '%key%' (with the key's wildcards escaped), which the pg_trgm GIN index answers.
app.MapGet("/volunteers", async (string? search, int? page, int? pageSize) =>
{
    var (number, size) = (page ?? 1, pageSize ?? 20);
    var key = (search ?? string.Empty).Trim().ToLowerInvariant().Replace('ё', 'е');
    var (filter, argument) = postgres
        ? ("\"NameKey\" LIKE @p0 ESCAPE '\\'", "%" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%")
        : key.Length >= 3
            ? ("\"Id\" IN (SELECT \"VolunteerId\" FROM \"VolunteerNameSearch\" WHERE \"VolunteerNameSearch\" MATCH @p0)", $"\"{key.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")
            : ("instr(\"NameKey\", @p0) > 0", key);
    await using var connection = await dataSource.OpenConnectionAsync();
    var total = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"Volunteers\" WHERE {filter}", argument);
    var items = new List<VolunteerRow>(size);
    if (total > 0)
    {
        await using var reader = await ReaderAsync(connection, $"""
            SELECT v."Id", v."FirstName", v."LastName", v."MiddleName", v."Iin", v."Phone", v."Email", v."DistrictCode", v."Status", v."CurrentStage", v."CreatedAt", d."DirectionId"
            FROM (SELECT "Id", "FirstName", "LastName", "MiddleName", "Iin", "Phone", "Email", "DistrictCode", "Status", "CurrentStage", "CreatedAt"
                  FROM "Volunteers" WHERE {filter}
                  ORDER BY "LastName", "FirstName", "Id" LIMIT @p1 OFFSET @p2) AS v
            LEFT JOIN "VolunteerDirection" d ON v."Id" = d."VolunteerId"
            ORDER BY v."LastName", v."FirstName", v."Id", d."VolunteerId"
            """, argument, size, (number - 1) * size);
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            if (items.Count == 0 || items[^1].Id != id)
            {
                items.Add(new VolunteerRow(
                    id, reader.GetString(1), reader.GetString(2), Nullable(reader, 3), Nullable(reader, 4), Nullable(reader, 5), Nullable(reader, 6),
                    reader.GetString(7), [], reader.GetString(8), Nullable(reader, 9), Instant(reader, 10)));
            }

            if (!reader.IsDBNull(11))
            {
                items[^1].DirectionIds.Add(reader.GetInt32(11));
            }
        }
    }

    return Results.Json(new { items, page = number, pageSize = size, totalCount = total });
});

app.MapGet("/health/ready", () => "Healthy");
app.Run();

// PostgreSQL keeps instants as timestamptz; SQLite as EF Core's DateTimeOffsetToBinaryConverter writes them.
DateTimeOffset Instant(DbDataReader reader, int ordinal) =>
    postgres ? reader.GetFieldValue<DateTimeOffset>(ordinal) : FromBinary(reader.GetInt64(ordinal));

// Parameters are named @p0, @p1… in the order given (both providers read @names).
static async Task<DbDataReader> ReaderAsync(DbConnection connection, string sql, params object[] parameters)
{
    var command = Command(connection, sql, parameters);
    return await command.ExecuteReaderAsync();
}

static async Task<long> ScalarAsync(DbConnection connection, string sql, params object[] parameters)
{
    await using var command = Command(connection, sql, parameters);
    return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
}

static DbCommand Command(DbConnection connection, string sql, object[] parameters)
{
    var command = connection.CreateCommand();
    command.CommandText = sql;
    for (var i = 0; i < parameters.Length; i++)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@p{i}";
        parameter.Value = parameters[i];
        command.Parameters.Add(parameter);
    }

    return command;
}

static object Campaign(DbDataReader reader) => new
{
    id = reader.GetGuid(0),
    title = Text(reader, 1),
    description = Text(reader, 4),
    directionId = reader.GetInt32(7),
    kind = reader.GetString(8),
    district = Nullable(reader, 9),
    location = Nullable(reader, 10),
    startsOn = reader.GetFieldValue<DateOnly>(11),
    endsOn = reader.GetFieldValue<DateOnly>(12),
    status = reader.GetString(13),
    version = reader.GetInt32(14),
};

static object Text(DbDataReader reader, int first) =>
    new { kk = reader.GetString(first), ru = reader.GetString(first + 1), en = Nullable(reader, first + 2) };

static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

// EF Core's DateTimeOffsetToBinaryConverter: ticks / 1000 shifted left 11 bits, offset minutes in the low 11 bits.
static DateTimeOffset FromBinary(long value)
{
    var offset = (value & 0x400) == 0x400 ? (int)(value & 0x3FF) | -1024 : (int)(value & 0x3FF);
    return new DateTimeOffset((value >> 11) * 1000, TimeSpan.FromMinutes(offset));
}

internal sealed record VolunteerRow(
    Guid Id, string FirstName, string LastName, string? MiddleName, string? Iin, string? Phone, string? Email, string District,
    List<int> DirectionIds, string Status, string? CurrentStage, DateTimeOffset CreatedAt);
