using System.Globalization;
using FluentValidation;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Common.Time;

/// <summary>
/// Dates as the API writes them (YYYY-MM-DD). Query strings and optional body fields carry them as text, so that a
/// malformed one is a field error in the 400 rather than an unreadable request.
/// </summary>
public static class ApiDates
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The date, or null when absent or malformed (<see cref="ApiDate{T}"/> tells which).</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Absent, or a date in the API's form.</summary>
    public static IRuleBuilderOptions<T, string?> ApiDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || Parse(text) is not null).WithMessage(_ => ValidationMessages.Get(MessageKeys.DateInvalid));
}
