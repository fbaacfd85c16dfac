using System.Globalization;
using FluentValidation;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Volunteers.ImportVolunteers;

/// <summary>
/// One of the HQ's existing, already trained volunteers, as a row of the import: texts as sent (dates YYYY-MM-DD or
/// DD.MM.YYYY, lists of language and direction codes), checked by <see cref="VolunteerImportRowValidator"/>.
/// </summary>
public sealed record VolunteerImportRow(
    string? LastName,
    string? FirstName,
    string? MiddleName,
    string? Iin,
    string? DateOfBirth,
    string? Phone,
    string? Email,
    string? District,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Directions,
    string? TrainedOn)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    /// <summary>A date of the import: ISO (<c>1990-05-15</c>) or as Excel writes it here (<c>15.05.1990</c>).</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>What the rows are checked against, loaded once per import and passed in the validation context.</summary>
public sealed record VolunteerImportReference(IReadOnlySet<string> Districts, IReadOnlyDictionary<string, int> DirectionIdsByCode, DateOnly Today)
{
    public const string Key = nameof(VolunteerImportReference);

    public static VolunteerImportReference From(IValidationContext context) => (VolunteerImportReference)context.RootContextData[Key];
}

/// <summary>The data rules of one import row; the messages follow <c>Accept-Language</c>.</summary>
public sealed class VolunteerImportRowValidator : AbstractValidator<VolunteerImportRow>
{
    public VolunteerImportRowValidator()
    {
        RuleFor(x => x.LastName).RequiredText(100);
        RuleFor(x => x.FirstName).RequiredText(100);
        RuleFor(x => x.MiddleName).OptionalText(100);
        RuleFor(x => x.Iin).ValidIinBornOn(row => VolunteerImportRow.ParseDate(row.DateOfBirth));
        RuleFor(x => x.DateOfBirth).Cascade(CascadeMode.Stop)
            .Must(text => VolunteerImportRow.ParseDate(text) is not null).WithMessage(_ => ValidationMessages.Get(MessageKeys.DateInvalid))
            .Must((_, text, context) => VolunteerImportRow.ParseDate(text) <= VolunteerImportReference.From(context).Today)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DateInFuture));
        RuleFor(x => x.Phone).KazakhMobilePhone();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.District)
            .Must((_, district, context) => district is not null && VolunteerImportReference.From(context).Districts.Contains(district))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DistrictUnknown));
        RuleFor(x => x.Languages).SupportedLanguages();
        RuleFor(x => x.Directions).Cascade(CascadeMode.Stop)
            .Must(codes => RuleBuilderExtensions.IsDirectionChoice(codes))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DirectionsCount))
            .Must((_, codes, context) => codes!.All(VolunteerImportReference.From(context).DirectionIdsByCode.ContainsKey))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DirectionsUnknownCode));
        RuleFor(x => x.TrainedOn).Cascade(CascadeMode.Stop)
            .Must(text => VolunteerImportRow.ParseDate(text) is not null).WithMessage(_ => ValidationMessages.Get(MessageKeys.DateInvalid))
            .Must((_, text, context) => VolunteerImportRow.ParseDate(text) <= VolunteerImportReference.From(context).Today)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DateInFuture))
            .Must((row, text) => VolunteerImportRow.ParseDate(row.DateOfBirth) is not { } birthDate || VolunteerImportRow.ParseDate(text) >= birthDate)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DateBeforeBirth));
    }
}
