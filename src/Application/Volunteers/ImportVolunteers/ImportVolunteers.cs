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
    IApplicationDbContext db, IValidator<VolunteerImportRow> rowValidator, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<ImportVolunteersCommand, VolunteerImportResultDto>
{
    public async ValueTask<VolunteerImportResultDto> Handle(ImportVolunteersCommand command, CancellationToken cancellationToken)
    {
        // Everything the rows are checked against is loaded once, so the import costs a few queries, not a few per row.
        var reference = new VolunteerImportReference(
            (await db.Districts.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            await db.Directions.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken),
            calendar.Today);
        var iins = (await db.Volunteers.AsNoTracking().Where(v => v.Iin != null).Select(v => v.Iin!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var emails = (await db.Volunteers.AsNoTracking().Where(v => v.Email != null).Select(v => v.Email!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        var errors = new List<ImportRowErrorDto>();
        var duplicates = new List<ImportRowErrorDto>();
        var volunteers = new List<Volunteer>();
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

            var iin = Iin.Parse(row.Iin!);
            var email = UserAccount.NormalizeEmail(row.Email!);
            if (iins.Contains(iin.Value))
            {
                duplicates.Add(new ImportRowErrorDto(number, "iin", ValidationMessages.Get(MessageKeys.ImportDuplicateIin)));
                continue;
            }

            if (emails.Contains(email))
            {
                duplicates.Add(new ImportRowErrorDto(number, "email", ValidationMessages.Get(MessageKeys.ImportDuplicateEmail)));
                continue;
            }

            iins.Add(iin.Value);
            emails.Add(email);
            var person = new PersonalData(row.FirstName!, row.LastName!, row.MiddleName, iin, PhoneNumber.Parse(row.Phone!), email);
            volunteers.Add(Volunteer.ImportTrained(
                person, row.District!, row.Languages!, row.Directions!.Select(code => reference.DirectionIdsByCode[code]),
                VolunteerImportRow.ParseDate(row.TrainedOn)!.Value, now));
        }
        db.Volunteers.AddRange(volunteers);
        await db.SaveChangesAsync(cancellationToken);
        return new VolunteerImportResultDto(volunteers.Count, duplicates.Count,
            errors.Take(ImportVolunteersCommand.MaxListedErrors).ToList(), duplicates.Take(ImportVolunteersCommand.MaxListedErrors).ToList(), errors.Count);
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
