using CsvHelper;
using FluentValidation;
using FluentValidation.Results;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Volunteers.ImportVolunteers;

/// <summary>
/// Reads the import's CSV as Excel exports it here: UTF-8 (a BOM is fine), <c>,</c> or <c>;</c> between cells (told by
/// the header line), a header row with the column names in any order and case, lists inside a cell separated by <c>|</c>.
/// </summary>
public static class VolunteerCsv
{
    public const char ListSeparator = '|';

    public static readonly IReadOnlyList<string> Columns =
        ["lastName", "firstName", "middleName", "iin", "dateOfBirth", "phone", "email", "district", "languages", "directions", "trainedOn"];

    private static readonly string[] OptionalColumns = ["middleName"];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The rows in file order; a missing column or unreadable CSV is a 400 for the whole file. Reading stops one row past
    /// <see cref="ImportVolunteersCommand.MaxRows"/>, enough for the command's validator to refuse the file.
    /// </summary>
    public static async Task<IReadOnlyList<VolunteerImportRow>> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        ReadOnlyMemory<byte> bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        var options = new CsvReaderOptions
        {
            // Told from the header line, not guessed by the reader: '|' (the list separator) must never be taken for it.
            Separator = SeparatorOf(bytes.Span),
            HasHeader = true,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
        };
        try
        {
            using var csv = CsvReader.Create(bytes, options);
            csv.ReadHeader();
            var columns = IndexColumns(csv);
            var rows = new List<VolunteerImportRow>();
            while (rows.Count <= ImportVolunteersCommand.MaxRows && csv.Read())
            {
                string? Cell(string column) => columns.TryGetValue(column, out var index) ? Blank(csv.GetStringOrNull(index)) : null;
                rows.Add(new VolunteerImportRow(
                    Cell("lastName"), Cell("firstName"), Cell("middleName"), Cell("iin"), Cell("dateOfBirth"), Cell("phone"), Cell("email"),
                    Cell("district"), List(Cell("languages")), List(Cell("directions")), Cell("trainedOn")));
            }

            return rows;
        }
        catch (CsvFormatException)
        {
            throw new ValidationException([new ValidationFailure("csv", ValidationMessages.Get(MessageKeys.ImportUnreadable))]);
        }
    }

    private static char SeparatorOf(ReadOnlySpan<byte> csv)
    {
        var end = csv.IndexOfAny((byte)'\r', (byte)'\n');
        var header = end < 0 ? csv : csv[..end];
        return header.Count((byte)';') > header.Count((byte)',') ? ';' : ',';
    }

    /// <summary>Where each known column is; names match ignoring case and surrounding spaces.</summary>
    private static Dictionary<string, int> IndexColumns(CsvReader csv)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            if (csv.TryGetFieldIndex(column, out var index))
            {
                columns[column] = index;
            }
        }

        var missing = Columns.Except(OptionalColumns).Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException(missing.Select(c => new ValidationFailure(c, ValidationMessages.Get(MessageKeys.ImportColumnMissing))));
        }

        return columns;
    }

    private static string? Blank(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell;

    private static List<string>? List(string? cell) =>
        cell?.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
