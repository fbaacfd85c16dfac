using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// Inserts many new rows of one entity type with multi-row <c>INSERT … VALUES (…), (…)</c> statements, instead of the
/// one statement per row that EF Core sends to SQLite. Columns, conversions and parameter types come from the EF model,
/// so the rows are exactly what <c>SaveChanges</c> would have written; the rows are not tracked. Runs inside the
/// context's current transaction. Both providers accept the statement; SQL Server allows 2,100 parameters a command.
/// </summary>
internal static class BulkInsert
{
    private const int MaxParametersPerStatement = 100;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select(p => new Column(
                sql.DelimitIdentifier(p.GetColumnName(table)!),
                p.GetRelationalTypeMapping(),
                p.IsNullable,
                p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has no CLR property to read.")))
            .ToList();
        var header = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / columns.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Bulk inserts run inside the unit of work's transaction.");
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(header);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var name = $"@p{row}_{column}";
                    text.Append(column == 0 ? name : ", " + name);
                    var spec = columns[column];
                    command.Parameters.Add(spec.Mapping.CreateParameter(command, name, spec.Property.GetValue(chunk[row]), spec.Nullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, bool Nullable, System.Reflection.PropertyInfo Property);
}
