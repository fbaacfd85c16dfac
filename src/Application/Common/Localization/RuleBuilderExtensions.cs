using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Common.Localization;

/// <summary>The product's reusable validation rules, each with its localised message.</summary>
public static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(_ => ValidationMessages.Get("Text.Required"))
            .MaximumLength(maxLength).WithMessage(_ => ValidationMessages.Get("Text.TooLong"));

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage(_ => ValidationMessages.Get("Text.TooLong"));

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(254)
            .EmailAddress().WithMessage(_ => ValidationMessages.Get("Email.Invalid"));

    public static IRuleBuilderOptions<T, string?> KazakhMobilePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => PhoneNumber.TryParse(value, out _)).WithMessage(_ => ValidationMessages.Get("Phone.Invalid"));

    /// <summary>An IIN that passes every rule of the value object; the message names the rule that failed.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ValidIin<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (!Iin.TryParse(value, out _, out var error))
            {
                context.AddFailure(ValidationMessages.Get($"Iin.{error}"));
            }
        });

    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is { Length: >= 8 and <= 128 } && value.Any(char.IsLetter) && value.Any(char.IsDigit))
            .WithMessage(_ => ValidationMessages.Get("Password.TooWeak"));

    public static IRuleBuilderOptions<T, IEnumerable<string>?> SupportedLanguages<T>(this IRuleBuilder<T, IEnumerable<string>?> rule) =>
        rule.Must(values => values is not null && values.Any() && values.All(Language.IsSupported))
            .WithMessage(_ => ValidationMessages.Get("Language.Unsupported"));

    /// <summary>One to three different ids of directions that exist and are active.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<int>?> ActiveDirections<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule, IApplicationDbContext db) =>
        rule.CustomAsync(async (ids, context, cancellationToken) =>
        {
            if (ids is not { Count: >= 1 and <= MaxDirections } || ids.Distinct().Count() != ids.Count)
            {
                context.AddFailure(ValidationMessages.Get("Directions.Count"));
            }
            else if (await db.Directions.CountAsync(d => ids.Contains(d.Id) && d.IsActive, cancellationToken) != ids.Count)
            {
                context.AddFailure(ValidationMessages.Get("Directions.Unknown"));
            }
        });

    /// <summary>A date not after <paramref name="today"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, Func<DateOnly> today) =>
        rule.Must(date => date is null || date <= today()).WithMessage(_ => ValidationMessages.Get("Date.InFuture"));

    private const int MaxDirections = Domain.Applications.VolunteerApplication.MaxDirections;
}
