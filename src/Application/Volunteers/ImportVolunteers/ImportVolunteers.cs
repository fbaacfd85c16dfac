using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.ImportVolunteers;

/// <summary>
/// Import the HQ's existing, already trained volunteers: valid rows become Active volunteers with the school passed on
/// <c>trainedOn</c>; rows whose IIN or e-mail is already registered (or appeared earlier in the file) are skipped.
/// </summary>
public sealed record ImportVolunteersCommand(IReadOnlyList<VolunteerImportRow?> Rows) : ICommand<VolunteerImportResultDto>
{
    /// <summary>The most rows one import takes (the HQ has about 2,000 volunteers); more is a 400 naming the limit.</summary>
    public const int MaxRows = 10_000;

    /// <summary>The most errors (and duplicates) an answer lists; <c>errorCount</c> tells how many there were.</summary>
    public const int MaxListedErrors = 1_000;
}

public sealed class ImportVolunteersCommandValidator : AbstractValidator<ImportVolunteersCommand>
{
    public ImportVolunteersCommandValidator() =>
        RuleFor(x => x.Rows.Count).LessThanOrEqualTo(ImportVolunteersCommand.MaxRows)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.ImportTooManyRows))
            .OverridePropertyName("rows");
}

/// <summary>What the import did.</summary>
/// <param name="Imported">Rows that became volunteers.</param>
/// <param name="Skipped">Rows skipped as duplicates (the first 1,000 listed in <paramref name="Duplicates"/>).</param>
/// <param name="Errors">What is wrong with the rows that were not valid (the first 1,000); none of them was imported.</param>
/// <param name="Duplicates">The rows skipped as duplicates, and whether the IIN or the e-mail was taken (the first 1,000).</param>
/// <param name="ErrorCount">How many errors there were in all, listed or not.</param>
public sealed record VolunteerImportResultDto(
    int Imported, int Skipped, IReadOnlyList<ImportRowErrorDto> Errors, IReadOnlyList<ImportRowErrorDto> Duplicates, int ErrorCount);

/// <summary>A problem with one field of one row; <paramref name="Row"/> counts data rows from 1.</summary>
public sealed record ImportRowErrorDto(int Row, string Field, string Message);

public sealed class ImportVolunteersCommandHandler(
    IApplicationDbContext db, IValidator<VolunteerImportRow> rowValidator, IVolunteerImportWriter writer, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<ImportVolunteersCommand, VolunteerImportResultDto>
{
    /// <summary>How many IINs (or e-mails) one look-up sends: well under every provider's parameter limit (SQL Server's 2,100).</summary>
    private const int LookupChunk = 1_000;

    public async ValueTask<VolunteerImportResultDto> Handle(ImportVolunteersCommand command, CancellationToken cancellationToken)
    {
        // Everything the rows are checked against is loaded once, so the import costs a few queries, not a few per row.
        var reference = new VolunteerImportReference(
            (await db.Districts.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            await db.Directions.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken),
            calendar.Today);

        var errors = new List<ImportRowErrorDto>();
        var valid = new List<(int Number, VolunteerImportRow Row, Iin Iin, string Email)>(command.Rows.Count);
        for (var i = 0; i < command.Rows.Count; i++)
        {
            var number = i + 1;
            if (Normalized(command.Rows[i]) is not { } row)
            {
                errors.Add(new ImportRowErrorDto(number, "row", ValidationMessages.Get(MessageKeys.TextRequired).Replace("{PropertyName}", "row", StringComparison.Ordinal)));
                continue;
            }

            var context = new ValidationContext<VolunteerImportRow>(row);
            context.RootContextData[VolunteerImportReference.Key] = reference;
            var result = rowValidator.Validate(context);
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors.Select(e => new ImportRowErrorDto(number, e.PropertyName, e.ErrorMessage)));
                continue;
            }

            valid.Add((number, row, Iin.Parse(row.Iin!), UserAccount.NormalizeEmail(row.Email!)));
        }

        // Only the file's own IINs and e-mails are looked up (by their unique indexes), not the whole registry.
        var iins = await RegisteredAsync(valid.Select(r => r.Iin.Value), chunk => db.Volunteers.Where(v => chunk.Contains(v.Iin!)).Select(v => v.Iin!), cancellationToken);
        var emails = await RegisteredAsync(valid.Select(r => r.Email), chunk => db.Volunteers.Where(v => chunk.Contains(v.Email!)).Select(v => v.Email!), cancellationToken);

        var now = clock.GetUtcNow();
        var duplicates = new List<ImportRowErrorDto>();
        var volunteers = new List<Volunteer>(valid.Count);
        foreach (var (number, row, iin, email) in valid)
        {
            if (!iins.Add(iin.Value))
            {
                duplicates.Add(new ImportRowErrorDto(number, "iin", ValidationMessages.Get(MessageKeys.ImportDuplicateIin)));
                continue;
            }

            if (!emails.Add(email))
            {
                iins.Remove(iin.Value); // the row is skipped, so its IIN stays free for a later row
                duplicates.Add(new ImportRowErrorDto(number, "email", ValidationMessages.Get(MessageKeys.ImportDuplicateEmail)));
                continue;
            }

            var person = new PersonalData(row.FirstName!, row.LastName!, row.MiddleName, iin, PhoneNumber.Parse(row.Phone!), email);
            volunteers.Add(Volunteer.ImportTrained(
                person, row.District!, row.Languages!, row.Directions!.Select(code => reference.DirectionIdsByCode[code]),
                VolunteerImportRow.ParseDate(row.TrainedOn)!.Value, now));
        }

        await writer.AddAsync(volunteers, cancellationToken);
        return new VolunteerImportResultDto(volunteers.Count, duplicates.Count,
            errors.Take(ImportVolunteersCommand.MaxListedErrors).ToList(), duplicates.Take(ImportVolunteersCommand.MaxListedErrors).ToList(), errors.Count);
    }

    /// <summary>Which of <paramref name="keys"/> the registry already holds, asked a chunk at a time.</summary>
    private static async Task<HashSet<string>> RegisteredAsync(
        IEnumerable<string> keys, Func<string[], IQueryable<string>> registered, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            found.UnionWith(await registered(chunk).ToListAsync(cancellationToken));
        }

        return found;
    }

    /// <summary>The row with its texts trimmed and its list items in lower case, as the codes are written.</summary>
    private static VolunteerImportRow? Normalized(VolunteerImportRow? row) => row is null
        ? null
        : row with
        {
            LastName = row.LastName?.Trim(),
            FirstName = row.FirstName?.Trim(),
            MiddleName = string.IsNullOrWhiteSpace(row.MiddleName) ? null : row.MiddleName.Trim(),
            Iin = row.Iin?.Trim(),
            Email = row.Email?.Trim(),
            District = row.District?.Trim(),
            Languages = row.Languages?.Select(l => l.Trim().ToLowerInvariant()).ToList(),
            Directions = row.Directions?.Select(d => d.Trim().ToLowerInvariant()).ToList(),
        };
}
