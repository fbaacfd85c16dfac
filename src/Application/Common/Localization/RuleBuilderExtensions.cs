using System.Diagnostics.CodeAnalysis;
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
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired))
            .MaximumLength(maxLength).WithMessage(_ => ValidationMessages.Get(MessageKeys.TextTooLong))
            .NoControlCharacters();

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage(_ => ValidationMessages.Get(MessageKeys.TextTooLong))
            .NoControlCharacters();

    /// <summary>
    /// Text without control characters other than tab and line breaks: a NUL or escape byte is never something a
    /// person typed, and some databases and full-text parsers fail on it instead of answering.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !value.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.TextControlCharacters));

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.RequiredText(254)
            .EmailAddress().WithMessage(_ => ValidationMessages.Get(MessageKeys.EmailInvalid));

    public static IRuleBuilderOptions<T, string?> KazakhMobilePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => PhoneNumber.TryParse(value, out _)).WithMessage(_ => ValidationMessages.Get(MessageKeys.PhoneInvalid));

    /// <summary>An IIN that passes every rule of the value object; the message names the rule that failed.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ValidIin<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (!Iin.TryParse(value, out _, out var error))
            {
                context.AddFailure(ValidationMessages.Get(MessageKeys.For(error)));
            }
        });

    /// <summary>A valid IIN (<see cref="ValidIin{T}"/>) whose birth date is the stated one, when one is stated.</summary>
    public static IRuleBuilderOptions<T, string?> ValidIinBornOn<T>(this IRuleBuilderInitial<T, string?> rule, Func<T, DateOnly?> birthDate) =>
        rule.Cascade(CascadeMode.Stop)
            .ValidIin()
            .Must((subject, iin) => birthDate(subject) is not { } born || Iin.Parse(iin!).BirthDate == born)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.IinBirthDateMismatch));

    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;

    /// <summary>
    /// ASVS L2 (2.1): at least 12 characters, up to 128 (so long passphrases fit), any characters and no composition
    /// rules, and not one of the common passwords.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilderInitial<T, string?> rule, ICommonPasswords common) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(value => value is { Length: >= MinPasswordLength and <= MaxPasswordLength })
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.PasswordTooWeak))
            .Must(value => !common.Contains(value!))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.PasswordCommon));

    public static IRuleBuilderOptions<T, IEnumerable<string>?> SupportedLanguages<T>(this IRuleBuilder<T, IEnumerable<string>?> rule) =>
        rule.Must(values => values is not null && values.Any() && values.All(Language.IsSupported))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.LanguageUnsupported));

    /// <summary>One to three different ids of directions that exist and are active.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<int>?> ActiveDirections<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule, IApplicationDbContext db) =>
        rule.CustomAsync(async (ids, context, cancellationToken) =>
        {
            if (!IsDirectionChoice(ids))
            {
                context.AddFailure(ValidationMessages.Get(MessageKeys.DirectionsCount));
            }
            else if (await db.Directions.CountAsync(d => ids.Contains(d.Id) && d.IsActive, cancellationToken) != ids.Count)
            {
                context.AddFailure(ValidationMessages.Get(MessageKeys.DirectionsUnknown));
            }
        });

    /// <summary>A volunteer's choice of directions: one to three, none twice (by id or by code).</summary>
    public static bool IsDirectionChoice<TItem>([NotNullWhen(true)] IReadOnlyCollection<TItem>? directions) =>
        directions is { Count: >= 1 and <= MaxDirections } && directions.Distinct().Count() == directions.Count;

    /// <summary>A date not after <paramref name="today"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, Func<DateOnly> today) =>
        rule.Must(date => date is null || date <= today()).WithMessage(_ => ValidationMessages.Get(MessageKeys.DateInFuture));

    private const int MaxDirections = Domain.Applications.VolunteerApplication.MaxDirections;
}
