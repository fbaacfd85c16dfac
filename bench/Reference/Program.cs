using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// Usage: Reference --urls http://127.0.0.1:5301 --db /path/to/volunteers.db
// The yardsticks of bench/run.sh: /ceiling answers a constant, the other routes answer the same SQL as the API's
// endpoints (same rows, paging, order and JSON shape) with raw ADO.NET — no EF Core, no Mediator, no validation.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
var database = builder.Configuration["db"] ?? throw new InvalidOperationException("--db <file> is required");
var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Private }.ToString();
var app = builder.Build();

var constant = new { status = "ok", items = new[] { 1, 2, 3 } };
app.MapGet("/ceiling", () => Results.Json(constant));

app.MapGet("/directions", async () =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT Id, Code, Name_Kk, Name_Ru, Name_En, Description_Kk, Description_Ru, Description_En, IsActive
        FROM Directions ORDER BY IsActive DESC, Id
        """;
    var items = new List<object>();
    await using var reader = await command.ExecuteReaderAsync();
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
const string PublicCampaign = "Status IN ('Published', 'InProgress', 'Completed')";
const string CampaignColumns = """
    Id, Title_Kk, Title_Ru, Title_En, Description_Kk, Description_Ru, Description_En, DirectionId, Kind, DistrictCode,
    Location, StartsOn, EndsOn, Status, Version
    """;
app.MapGet("/campaigns", async (int? page, int? pageSize) =>
{
    var (number, size) = (page ?? 1, pageSize ?? 20);
    await using var connection = await OpenAsync();
    var total = await ScalarAsync(connection, $"SELECT COUNT(*) FROM Campaigns WHERE {PublicCampaign}");
    await using var command = connection.CreateCommand();
    command.CommandText = $"""
        SELECT {CampaignColumns} FROM Campaigns WHERE {PublicCampaign}
        ORDER BY StartsOn DESC, Id DESC LIMIT @take OFFSET @skip
        """;
    command.Parameters.AddWithValue("@take", size);
    command.Parameters.AddWithValue("@skip", (number - 1) * size);
    var items = new List<object>(size);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        items.Add(Campaign(reader));
    }

    return Results.Json(new { items, page = number, pageSize = size, totalCount = total });
});

app.MapGet("/campaigns/{id:guid}", async (Guid id) =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = $"SELECT {CampaignColumns} FROM Campaigns WHERE Id = @id AND {PublicCampaign}";
    command.Parameters.AddWithValue("@id", id.ToString().ToUpperInvariant());
    await using var reader = await command.ExecuteReaderAsync();
    return await reader.ReadAsync() ? Results.Json(Campaign(reader)) : Results.NotFound();
});

// The public figures, each counted in the database, as GET /stats computes them (without its 10-second cache).
app.MapGet("/stats", async () =>
{
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);
    var (first, last) = ($"{today.Year:D4}-01-01", $"{today.Year:D4}-12-31");
    await using var connection = await OpenAsync();

    var byStatus = new Dictionary<string, long> { ["Trainee"] = 0, ["Active"] = 0, ["Reserve"] = 0, ["Suspended"] = 0, ["Retired"] = 0 };
    await using (var reader = await ReaderAsync(connection, "SELECT Status, COUNT(*) FROM Volunteers GROUP BY Status"))
    {
        while (await reader.ReadAsync())
        {
            byStatus[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    var perDirection = new Dictionary<long, long>();
    await using (var reader = await ReaderAsync(connection, "SELECT DirectionId, COUNT(*) FROM VolunteerDirection GROUP BY DirectionId"))
    {
        while (await reader.ReadAsync())
        {
            perDirection[reader.GetInt64(0)] = reader.GetInt64(1);
        }
    }

    var byDirection = new List<object>();
    await using (var reader = await ReaderAsync(connection, "SELECT Id, Code FROM Directions ORDER BY Id"))
    {
        while (await reader.ReadAsync())
        {
            byDirection.Add(new { directionId = reader.GetInt64(0), code = reader.GetString(1), count = perDirection.GetValueOrDefault(reader.GetInt64(0)) });
        }
    }

    var trained = await ScalarAsync(connection, "SELECT COUNT(*) FROM Volunteers WHERE SchoolPassedOn IS NOT NULL");
    var target = await ScalarAsync(connection, "SELECT Target FROM SchoolPlans WHERE Year = @p0", today.Year);
    var enrolled = await ScalarAsync(connection, """
        SELECT COUNT(*) FROM (
          SELECT 1 FROM TrainingCohorts t JOIN CohortMembers c ON t.Id = c.CohortId
          WHERE t.Stage = 'Introductory' GROUP BY c.VolunteerId
          HAVING MIN(t.StartsOn) >= @p0 AND MIN(t.StartsOn) <= @p1)
        """, first, last);
    var becameActive = await ScalarAsync(connection, "SELECT COUNT(*) FROM Volunteers WHERE SchoolPassedOn >= @p0 AND SchoolPassedOn <= @p1", first, last);
    var completed = await ScalarAsync(connection, "SELECT COUNT(*) FROM Campaigns WHERE Status = 'Completed'");
    var minutes = await ScalarAsync(connection, "SELECT COALESCE(SUM(WorkedMinutes), 0) FROM SignUps WHERE CheckedOutAt IS NOT NULL AND WorkedMinutes IS NOT NULL");
    var helped = await ScalarAsync(connection, "SELECT COUNT(*) FROM HelpRequests WHERE Status = 'Completed'");
    var mobilised = await ScalarAsync(connection, """
        SELECT COUNT(*) FROM Rosters r JOIN RosterEntries e ON r.Id = e.RosterId WHERE r.Date = @p0 AND e.Status <> 'Declined'
        """, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

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
// the API on SQLite: a key of three or more characters is looked up in the trigram index, a shorter one scans.
app.MapGet("/volunteers", async (string? search, int? page, int? pageSize) =>
{
    var (number, size) = (page ?? 1, pageSize ?? 20);
    var key = (search ?? string.Empty).Trim().ToLowerInvariant().Replace('ё', 'е');
    var (filter, argument) = key.Length >= 3
        ? ("Id IN (SELECT VolunteerId FROM VolunteerNameSearch WHERE VolunteerNameSearch MATCH @p0)", $"\"{key.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")
        : ("instr(NameKey, @p0) > 0", key);
    await using var connection = await OpenAsync();
    var total = await ScalarAsync(connection, $"SELECT COUNT(*) FROM Volunteers WHERE {filter}", argument);
    var items = new List<VolunteerRow>(size);
    if (total > 0)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT v.Id, v.FirstName, v.LastName, v.MiddleName, v.Iin, v.Phone, v.Email, v.DistrictCode, v.Status, v.CurrentStage, v.CreatedAt, d.DirectionId
            FROM (SELECT Id, FirstName, LastName, MiddleName, Iin, Phone, Email, DistrictCode, Status, CurrentStage, CreatedAt
                  FROM Volunteers WHERE {filter}
                  ORDER BY LastName, FirstName, Id LIMIT @take OFFSET @skip) AS v
            LEFT JOIN VolunteerDirection d ON v.Id = d.VolunteerId
            ORDER BY v.LastName, v.FirstName, v.Id, d.VolunteerId
            """;
        command.Parameters.AddWithValue("@p0", argument);
        command.Parameters.AddWithValue("@take", size);
        command.Parameters.AddWithValue("@skip", (number - 1) * size);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            if (items.Count == 0 || items[^1].Id != id)
            {
                items.Add(new VolunteerRow(
                    id, reader.GetString(1), reader.GetString(2), Nullable(reader, 3), Nullable(reader, 4), Nullable(reader, 5), Nullable(reader, 6),
                    reader.GetString(7), [], reader.GetString(8), Nullable(reader, 9), FromBinary(reader.GetInt64(10))));
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

async Task<SqliteConnection> OpenAsync()
{
    var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    return connection;
}

static async Task<SqliteDataReader> ReaderAsync(SqliteConnection connection, string sql)
{
    var command = connection.CreateCommand();
    command.CommandText = sql;
    return await command.ExecuteReaderAsync();
}

static async Task<long> ScalarAsync(SqliteConnection connection, string sql, params object[] parameters)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    for (var i = 0; i < parameters.Length; i++)
    {
        command.Parameters.AddWithValue($"@p{i}", parameters[i]);
    }

    return await command.ExecuteScalarAsync() is long value ? value : 0;
}

static object Campaign(SqliteDataReader reader) => new
{
    id = reader.GetGuid(0),
    title = Text(reader, 1),
    description = Text(reader, 4),
    directionId = reader.GetInt32(7),
    kind = reader.GetString(8),
    district = Nullable(reader, 9),
    location = Nullable(reader, 10),
    startsOn = reader.GetString(11),
    endsOn = reader.GetString(12),
    status = reader.GetString(13),
    version = reader.GetInt32(14),
};

static object Text(SqliteDataReader reader, int first) =>
    new { kk = reader.GetString(first), ru = reader.GetString(first + 1), en = Nullable(reader, first + 2) };

static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

// EF Core's DateTimeOffsetToBinaryConverter: ticks / 1000 shifted left 11 bits, offset minutes in the low 11 bits.
static DateTimeOffset FromBinary(long value)
{
    var offset = (value & 0x400) == 0x400 ? (int)(value & 0x3FF) | -1024 : (int)(value & 0x3FF);
    return new DateTimeOffset((value >> 11) * 1000, TimeSpan.FromMinutes(offset));
}

internal sealed record VolunteerRow(
    Guid Id, string FirstName, string LastName, string? MiddleName, string? Iin, string? Phone, string? Email, string District,
    List<int> DirectionIds, string Status, string? CurrentStage, DateTimeOffset CreatedAt);
