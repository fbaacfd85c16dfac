// Parses with Microsoft's T-SQL parser (ScriptDom) every SQL text that the SQL Server path sends and that no SQL Server
// runs on our machines: the idempotent migration script (the file given as argument), each statement the script runs
// through EXEC(N'…'), and the multi-row INSERTs of BulkInsert for every table it can write. One line per text and
// parser version, "N passed, M failed" last; exit code 1 when any text has a parse error.
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;
using Volunteers.Infrastructure.Persistence;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: SqlServerScriptCheck <idempotent-migration-script.sql>");
    return 2;
}

var texts = new List<(string Name, string Sql)> { ("idempotent migration script", await File.ReadAllTextAsync(args[0])) };
texts.AddRange(ExecutedStrings(texts[0].Sql).Select((sql, i) => ($"migration script EXEC string {i + 1}", sql)));

await using (var db = new SqlServerDesignTimeFactory().CreateDbContext([]))
{
    var writable = db.Model.GetEntityTypes()
        .Where(t => t.GetTableName() is not null && !t.IsOwned() && t.GetProperties().All(p => p.PropertyInfo is not null))
        .ToList();
    foreach (var required in new[] { typeof(RosterEntry), typeof(OutboxMail) })
    {
        if (writable.All(t => t.ClrType != required))
        {
            Console.Error.WriteLine($"{required.Name} is bulk-inserted but BulkInsert cannot describe its table.");
            return 1;
        }
    }

    foreach (var type in writable)
    {
        var table = BulkInsert.Describe(db, type);
        texts.Add(($"bulk insert into {type.GetTableName()} ({table.RowsPerStatement} rows)", table.Statement(table.RowsPerStatement)));
    }
}

// SQL Server 2019 (compatibility level 150) is the oldest the HQ may run; 2022 and Azure SQL read the same text.
TSqlParser[] parsers = [new TSql150Parser(initialQuotedIdentifiers: true), new TSql160Parser(initialQuotedIdentifiers: true)];
int passed = 0, failed = 0;
foreach (var (name, sql) in texts)
{
    foreach (var parser in parsers)
    {
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        var version = parser.GetType().Name;
        if (errors.Count == 0)
        {
            passed++;
            Console.WriteLine($"ok    {version}  {name}");
            continue;
        }

        failed++;
        Console.WriteLine($"FAIL  {version}  {name}");
        foreach (var error in errors)
        {
            Console.WriteLine($"        line {error.Line}, column {error.Column}: {error.Message}");
        }
    }
}

Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

// The statements that EF's idempotent script runs through EXEC(N'…') (those that must start a batch of their own) are
// string literals to the parser; they are parsed as texts of their own.
static IEnumerable<string> ExecutedStrings(string script)
{
    var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out _);
    var collector = new ExecutedStringCollector();
    fragment.Accept(collector);
    return collector.Strings;
}

internal sealed class ExecutedStringCollector : TSqlFragmentVisitor
{
    public List<string> Strings { get; } = [];

    public override void Visit(ExecutableStringList node) =>
        Strings.Add(string.Concat(node.Strings.OfType<StringLiteral>().Select(s => s.Value)));
}
