using System.Text.Json;
using Microsoft.Data.Sqlite;

// Usage: Reference --urls http://127.0.0.1:5301 --db /path/to/volunteers.db
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
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
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
            name = new { kk = reader.GetString(2), ru = reader.GetString(3), en = reader.IsDBNull(4) ? null : reader.GetString(4) },
            description = new { kk = reader.GetString(5), ru = reader.GetString(6), en = reader.IsDBNull(7) ? null : reader.GetString(7) },
            isActive = reader.GetBoolean(8),
        });
    }

    return Results.Json(items);
});

app.MapGet("/health/ready", () => "Healthy");
app.Run();
