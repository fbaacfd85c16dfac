using FluentValidation;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Common.Models;

/// <summary>Multilingual text: <c>kk</c> and <c>ru</c> are required, <c>en</c> is optional.</summary>
/// <param name="Kk">Kazakh.</param>
/// <param name="Ru">Russian.</param>
/// <param name="En">English (optional).</param>
public sealed record LocalizedTextDto(string Kk, string Ru, string? En = null)
{
    public static LocalizedTextDto From(LocalizedText text) => new(text.Kk, text.Ru, text.En);

    /// <summary>The domain value; call only after validation.</summary>
    public LocalizedText ToDomain() => new(Kk!.Trim(), Ru!.Trim(), string.IsNullOrWhiteSpace(En) ? null : En.Trim());
}

public sealed class LocalizedTextDtoValidator : AbstractValidator<LocalizedTextDto>
{
    public LocalizedTextDtoValidator(int maxLength)
    {
        RuleFor(x => x.Kk).RequiredText(maxLength);
        RuleFor(x => x.Ru).RequiredText(maxLength);
        RuleFor(x => x.En).OptionalText(maxLength);
    }
}

public static class LocalizedTextRules
{
    /// <summary>A required multilingual text whose every language fits <paramref name="maxLength"/>.</summary>
    public static void LocalizedText<T>(this IRuleBuilder<T, LocalizedTextDto> rule, int maxLength) =>
        rule.NotNull().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired))
            .SetValidator(new LocalizedTextDtoValidator(maxLength));
}
