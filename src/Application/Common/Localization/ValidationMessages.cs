using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;

namespace Volunteers.Application.Common.Localization;

/// <summary>
/// FluentValidation's language manager with the product's own messages in English, Russian and Kazakh.
/// The culture comes from the request's <c>Accept-Language</c> (see the API's request localisation).
/// Built-in validator messages come from FluentValidation's own translations, which include kk and ru.
/// </summary>
public sealed class ValidationMessages : LanguageManager
{
    public ValidationMessages()
    {
        Add("Text.Required",
            en: "'{PropertyName}' is required.",
            ru: "Поле «{PropertyName}» обязательно.",
            kk: "«{PropertyName}» өрісі міндетті.");
        Add("Text.TooLong",
            en: "'{PropertyName}' must be {MaxLength} characters or fewer.",
            ru: "Поле «{PropertyName}» должно содержать не более {MaxLength} символов.",
            kk: "«{PropertyName}» өрісі {MaxLength} таңбадан аспауы керек.");
        Add("Email.Invalid",
            en: "'{PropertyName}' is not a valid e-mail address.",
            ru: "Поле «{PropertyName}» не является корректным адресом электронной почты.",
            kk: "«{PropertyName}» өрісінде электрондық пошта мекенжайы дұрыс емес.");
        Add("Password.TooWeak",
            en: "The password must be at least 8 characters long and contain a letter and a digit.",
            ru: "Пароль должен содержать не менее 8 символов, хотя бы одну букву и одну цифру.",
            kk: "Құпиясөз кемінде 8 таңбадан тұрып, кемінде бір әріп пен бір цифрдан тұруы керек.");
        Add("Iin.NotTwelveDigits",
            en: "The IIN must consist of exactly 12 digits.",
            ru: "ИИН должен состоять ровно из 12 цифр.",
            kk: "ЖСН дәл 12 цифрдан тұруы керек.");
        Add("Iin.InvalidCenturyDigit",
            en: "The 7th digit of the IIN (century and sex) must be from 1 to 6.",
            ru: "7-я цифра ИИН (век и пол) должна быть от 1 до 6.",
            kk: "ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.");
        Add("Iin.InvalidBirthDate",
            en: "The first six digits of the IIN are not a valid birth date.",
            ru: "Первые шесть цифр ИИН не образуют корректную дату рождения.",
            kk: "ЖСН-нің алғашқы алты цифры дұрыс туған күнді білдірмейді.");
        Add("Iin.InvalidCheckDigit",
            en: "The check digit of the IIN is wrong.",
            ru: "Контрольная цифра ИИН неверна.",
            kk: "ЖСН-нің бақылау цифры қате.");
        Add("Iin.BirthDateMismatch",
            en: "The birth date in the IIN does not match the date of birth.",
            ru: "Дата рождения в ИИН не совпадает с указанной датой рождения.",
            kk: "ЖСН-дегі туған күн көрсетілген туған күнмен сәйкес келмейді.");
        Add("Phone.Invalid",
            en: "'{PropertyName}' must be a Kazakh mobile number, e.g. +7 701 234 56 78.",
            ru: "Поле «{PropertyName}» должно содержать казахстанский мобильный номер, например +7 701 234 56 78.",
            kk: "«{PropertyName}» өрісінде Қазақстанның ұялы телефон нөмірі болуы керек, мысалы +7 701 234 56 78.");
        Add("District.Unknown",
            en: "'{PropertyName}' is not a known district code.",
            ru: "Поле «{PropertyName}» содержит неизвестный код района.",
            kk: "«{PropertyName}» өрісіндегі аудан коды белгісіз.");
        Add("Language.Unsupported",
            en: "Languages must be among kk, ru and en.",
            ru: "Языки должны быть из списка: kk, ru, en.",
            kk: "Тілдер kk, ru және en тізімінен болуы керек.");
        Add("Code.Invalid",
            en: "'{PropertyName}' must be lowercase latin letters, digits or hyphens.",
            ru: "Поле «{PropertyName}» может содержать только строчные латинские буквы, цифры и дефисы.",
            kk: "«{PropertyName}» өрісінде тек кіші латын әріптері, цифрлар мен сызықшалар болуы мүмкін.");
        Add("Direction.Unknown",
            en: "'{PropertyName}' holds an id that is not a known direction.",
            ru: "Поле «{PropertyName}» содержит идентификатор неизвестного направления.",
            kk: "«{PropertyName}» өрісінде белгісіз бағыттың идентификаторы бар.");
        Add("Period.Unordered",
            en: "The period must end on or after the day it starts.",
            ru: "Период должен заканчиваться не раньше дня своего начала.",
            kk: "Кезең басталған күнінен ерте аяқталмауы керек.");
        Add("Range.Between",
            en: "'{PropertyName}' must be between {From} and {To}.",
            ru: "Поле «{PropertyName}» должно быть в пределах от {From} до {To}.",
            kk: "«{PropertyName}» өрісі {From} мен {To} аралығында болуы керек.");
    }

    /// <summary>The product message <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(string key) =>
        ValidatorOptions.Global.LanguageManager.GetString(key, CultureInfo.CurrentUICulture);

    private void Add(string key, string en, string ru, string kk)
    {
        AddTranslation("en", key, en);
        AddTranslation("ru", key, ru);
        AddTranslation("kk", key, kk);
    }
}
