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
/// context's current transaction. Every provider accepts the statement (SQL Server's form is parsed in CI by
/// tools/SqlServerScriptCheck); SQL Server allows 2,100 parameters a command.
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

        var table = Describe(db, db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Bulk inserts run inside the unit of work's transaction.");
        // One command per statement size (the full chunks', then the last one's): each further chunk only sets its values,
        // so SQLite keeps the statement it compiled (Microsoft.Data.Sqlite re-prepares only a changed text) instead of
        // parsing it again per chunk. Not Prepare()d: SQL Server's would demand explicit sizes of every parameter.
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(table.RowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * table.Columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = table.Statement(chunk.Length);
                    for (var row = 0; row < chunk.Length; row++)
                    {
                        for (var column = 0; column < table.Columns.Count; column++)
                        {
                            var spec = table.Columns[column];
                            command.Parameters.Add(spec.Mapping.CreateParameter(command, ParameterName(row, column), spec.Property.GetValue(chunk[row]), spec.Nullable));
                        }
                    }
                }
                else
                {
                    var parameter = 0;
                    foreach (var item in chunk)
                    {
                        foreach (var spec in table.Columns)
                        {
                            command.Parameters[parameter++].Value = spec.ProviderValue(item);
                        }
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary>The table of an entity type as this provider writes it: the statement's header and its columns.</summary>
    public static InsertTable Describe(DbContext db, IEntityType entityType)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select(p => new InsertColumn(
                sql.DelimitIdentifier(p.GetColumnName(table)!),
                p.GetRelationalTypeMapping(),
                p.IsNullable,
                p.PropertyInfo ?? throw new InvalidOperationException($"{entityType.DisplayName()}.{p.Name} has no CLR property to read.")))
            .ToList();
        var header = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        return new InsertTable(header, columns, Math.Max(1, MaxParametersPerStatement / columns.Count));
    }

    private static string ParameterName(int row, int column) => $"@p{row}_{column}";

    internal sealed record InsertColumn(string Name, RelationalTypeMapping Mapping, bool Nullable, System.Reflection.PropertyInfo Property)
    {
        /// <summary>The row's value as the provider stores it, as <see cref="RelationalTypeMapping.CreateParameter"/> sets it.</summary>
        public object ProviderValue(object row)
        {
            var value = Property.GetValue(row);
            if (value is not null && Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            return value ?? DBNull.Value;
        }
    }

    internal sealed record InsertTable(string Header, IReadOnlyList<InsertColumn> Columns, int RowsPerStatement)
    {
        /// <summary>The multi-row INSERT of <paramref name="rows"/> rows, one parameter <c>@p{row}_{column}</c> a value.</summary>
        public string Statement(int rows)
        {
            var text = new StringBuilder(Header);
            for (var row = 0; row < rows; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                text.AppendJoin(", ", Columns.Select((_, column) => ParameterName(row, column)));
                text.Append(')');
            }

            return text.ToString();
        }
    }
}
