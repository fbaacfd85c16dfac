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
        Add(MessageKeys.TextRequired,
            en: "'{PropertyName}' is required.",
            ru: "Поле «{PropertyName}» обязательно.",
            kk: "«{PropertyName}» өрісі міндетті.");
        Add(MessageKeys.TextTooLong,
            en: "'{PropertyName}' must be {MaxLength} characters or fewer.",
            ru: "Поле «{PropertyName}» должно содержать не более {MaxLength} символов.",
            kk: "«{PropertyName}» өрісі {MaxLength} таңбадан аспауы керек.");
        Add(MessageKeys.TextControlCharacters,
            en: "'{PropertyName}' must not contain control characters.",
            ru: "Поле «{PropertyName}» не должно содержать управляющих символов.",
            kk: "«{PropertyName}» өрісінде басқару таңбалары болмауы керек.");
        Add(MessageKeys.EmailInvalid,
            en: "'{PropertyName}' is not a valid e-mail address.",
            ru: "Поле «{PropertyName}» не является корректным адресом электронной почты.",
            kk: "«{PropertyName}» өрісінде электрондық пошта мекенжайы дұрыс емес.");
        Add(MessageKeys.PasswordTooWeak,
            en: "The password must be 12 to 128 characters long; a passphrase of several words is a good choice.",
            ru: "Пароль должен содержать от 12 до 128 символов; хороший выбор — фраза из нескольких слов.",
            kk: "Құпиясөз 12-ден 128-ге дейін таңбадан тұруы керек; бірнеше сөзден тұратын тіркес — жақсы таңдау.");
        Add(MessageKeys.PasswordCommon,
            en: "This password is among the most common ones that attackers try first; choose another.",
            ru: "Этот пароль входит в число самых распространённых, которые злоумышленники пробуют первыми; выберите другой.",
            kk: "Бұл құпиясөз шабуылдаушылар алдымен тексеретін ең көп тараған құпиясөздердің қатарында; басқасын таңдаңыз.");
        Add(MessageKeys.IinNotTwelveDigits,
            en: "The IIN must consist of exactly 12 digits.",
            ru: "ИИН должен состоять ровно из 12 цифр.",
            kk: "ЖСН дәл 12 цифрдан тұруы керек.");
        Add(MessageKeys.IinInvalidCenturyDigit,
            en: "The 7th digit of the IIN (century and sex) must be from 1 to 6.",
            ru: "7-я цифра ИИН (век и пол) должна быть от 1 до 6.",
            kk: "ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.");
        Add(MessageKeys.IinInvalidBirthDate,
            en: "The first six digits of the IIN are not a valid birth date.",
            ru: "Первые шесть цифр ИИН не образуют корректную дату рождения.",
            kk: "ЖСН-нің алғашқы алты цифры дұрыс туған күнді білдірмейді.");
        Add(MessageKeys.IinInvalidCheckDigit,
            en: "The check digit of the IIN is wrong.",
            ru: "Контрольная цифра ИИН неверна.",
            kk: "ЖСН-нің бақылау цифры қате.");
        Add(MessageKeys.IinBirthDateMismatch,
            en: "The birth date in the IIN does not match the date of birth.",
            ru: "Дата рождения в ИИН не совпадает с указанной датой рождения.",
            kk: "ЖСН-дегі туған күн көрсетілген туған күнмен сәйкес келмейді.");
        Add(MessageKeys.PhoneInvalid,
            en: "'{PropertyName}' must be a Kazakh mobile number, e.g. +7 701 234 56 78.",
            ru: "Поле «{PropertyName}» должно содержать казахстанский мобильный номер, например +7 701 234 56 78.",
            kk: "«{PropertyName}» өрісінде Қазақстанның ұялы телефон нөмірі болуы керек, мысалы +7 701 234 56 78.");
        Add(MessageKeys.DistrictUnknown,
            en: "'{PropertyName}' is not a known district code.",
            ru: "Поле «{PropertyName}» содержит неизвестный код района.",
            kk: "«{PropertyName}» өрісіндегі аудан коды белгісіз.");
        Add(MessageKeys.LanguageUnsupported,
            en: "Languages must be among kk, ru and en.",
            ru: "Языки должны быть из списка: kk, ru, en.",
            kk: "Тілдер kk, ru және en тізімінен болуы керек.");
        Add(MessageKeys.LanguageUnknown,
            en: "'{PropertyName}' must be one of kk, ru and en.",
            ru: "Поле «{PropertyName}» должно быть одним из: kk, ru, en.",
            kk: "«{PropertyName}» өрісі kk, ru немесе en болуы керек.");
        Add(MessageKeys.CodeInvalid,
            en: "'{PropertyName}' must be lowercase latin letters, digits or hyphens.",
            ru: "Поле «{PropertyName}» может содержать только строчные латинские буквы, цифры и дефисы.",
            kk: "«{PropertyName}» өрісінде тек кіші латын әріптері, цифрлар мен сызықшалар болуы мүмкін.");
        Add(MessageKeys.DateInFuture,
            en: "'{PropertyName}' cannot be in the future.",
            ru: "Поле «{PropertyName}» не может быть датой в будущем.",
            kk: "«{PropertyName}» өрісі болашақтағы күн бола алмайды.");
        Add(MessageKeys.DateInvalid,
            en: "'{PropertyName}' must be a date in the form YYYY-MM-DD.",
            ru: "Поле «{PropertyName}» должно содержать дату в формате ГГГГ-ММ-ДД.",
            kk: "«{PropertyName}» өрісінде ЖЖЖЖ-АА-КК пішіміндегі күн болуы керек.");
        Add(MessageKeys.DateBeforeBirth,
            en: "'{PropertyName}' cannot be before the date of birth.",
            ru: "Поле «{PropertyName}» не может быть раньше даты рождения.",
            kk: "«{PropertyName}» өрісі туған күннен бұрын бола алмайды.");
        Add(MessageKeys.AgeTooYoung,
            en: "Volunteers must be at least 14 years old.",
            ru: "Волонтёру должно быть не менее 14 лет.",
            kk: "Волонтердің жасы кемінде 14 болуы керек.");
        Add(MessageKeys.GuardianRequired,
            en: "Applicants aged 14 to 17 need a guardian: give the guardian's full name and phone.",
            ru: "Заявителям от 14 до 17 лет нужно согласие законного представителя: укажите его ФИО и телефон.",
            kk: "14 бен 17 жас аралығындағы өтініш берушіге заңды өкілдің келісімі қажет: оның аты-жөнін және телефонын көрсетіңіз.");
        Add(MessageKeys.ConsentRequired,
            en: "Consent to the processing of personal data is required.",
            ru: "Необходимо согласие на обработку персональных данных.",
            kk: "Дербес деректерді өңдеуге келісім беру міндетті.");
        Add(MessageKeys.DirectionsCount,
            en: "Choose from 1 to 3 different directions.",
            ru: "Выберите от 1 до 3 разных направлений.",
            kk: "1-ден 3-ке дейін әртүрлі бағыт таңдаңыз.");
        Add(MessageKeys.DirectionsUnknown,
            en: "Every direction must exist and be active.",
            ru: "Каждое направление должно существовать и быть активным.",
            kk: "Әрбір бағыт бар әрі белсенді болуы керек.");
        Add(MessageKeys.DirectionsUnknownCode,
            en: "'{PropertyName}' holds a direction code that does not exist.",
            ru: "Поле «{PropertyName}» содержит несуществующий код направления.",
            kk: "«{PropertyName}» өрісінде жоқ бағыт коды бар.");
        Add(MessageKeys.SortUnknown,
            en: "Sort by lastName, firstName or createdAt; a leading '-' sorts in descending order.",
            ru: "Сортировка возможна по lastName, firstName или createdAt; «-» в начале — по убыванию.",
            kk: "Сұрыптау lastName, firstName немесе createdAt бойынша мүмкін; басындағы «-» кему ретімен сұрыптайды.");
        Add(MessageKeys.ImportTooManyRows,
            en: "An import takes at most {ComparisonValue} rows; split the file.",
            ru: "Импорт принимает не более {ComparisonValue} строк; разделите файл.",
            kk: "Импорт {ComparisonValue} жолдан аспауы керек; файлды бөліңіз.");
        Add(MessageKeys.ImportColumnMissing,
            en: "The CSV header has no column with this name.",
            ru: "В заголовке CSV нет столбца с таким именем.",
            kk: "CSV тақырыбында мұндай атаулы баған жоқ.");
        Add(MessageKeys.ImportUnreadable,
            en: "The CSV could not be read: check the quotes, the delimiter and the encoding (UTF-8).",
            ru: "Не удалось прочитать CSV: проверьте кавычки, разделитель и кодировку (UTF-8).",
            kk: "CSV оқылмады: тырнақшаларды, бөлгішті және кодтауды (UTF-8) тексеріңіз.");
        Add(MessageKeys.ImportDuplicateIin,
            en: "A volunteer with this IIN is already registered or appears earlier in the file.",
            ru: "Волонтёр с таким ИИН уже зарегистрирован или встречается в файле выше.",
            kk: "Осындай ЖСН-і бар волонтер тіркелген немесе файлда жоғарыда кездеседі.");
        Add(MessageKeys.ImportDuplicateEmail,
            en: "A volunteer with this e-mail is already registered or appears earlier in the file.",
            ru: "Волонтёр с таким адресом электронной почты уже зарегистрирован или встречается в файле выше.",
            kk: "Осындай электрондық поштасы бар волонтер тіркелген немесе файлда жоғарыда кездеседі.");
        Add(MessageKeys.DirectionUnknown,
            en: "'{PropertyName}' holds an id that is not a known direction.",
            ru: "Поле «{PropertyName}» содержит идентификатор неизвестного направления.",
            kk: "«{PropertyName}» өрісінде белгісіз бағыттың идентификаторы бар.");
        Add(MessageKeys.PeriodUnordered,
            en: "The period must end on or after the day it starts.",
            ru: "Период должен заканчиваться не раньше дня своего начала.",
            kk: "Кезең басталған күнінен ерте аяқталмауы керек.");
        Add(MessageKeys.RangeBetween,
            en: "'{PropertyName}' must be between {From} and {To}.",
            ru: "Поле «{PropertyName}» должно быть в пределах от {From} до {To}.",
            kk: "«{PropertyName}» өрісі {From} мен {To} аралығында болуы керек.");
        Add(MessageKeys.StageUnknown,
            en: "'{PropertyName}' is not a stage of the volunteer school.",
            ru: "Поле «{PropertyName}» не является этапом школы волонтёров.",
            kk: "«{PropertyName}» өрісі волонтерлер мектебінің кезеңі емес.");
        Add(MessageKeys.DirectionNotActive,
            en: "'{PropertyName}' is not an active direction.",
            ru: "Поле «{PropertyName}» не является действующим направлением.",
            kk: "«{PropertyName}» өрісі белсенді бағыт емес.");
        Add(MessageKeys.TrainerInvalid,
            en: "'{PropertyName}' must be an active trainer's account.",
            ru: "Поле «{PropertyName}» должно указывать на действующую учётную запись тренера.",
            kk: "«{PropertyName}» өрісі тренердің белсенді есептік жазбасын көрсетуі керек.");
        Add(MessageKeys.ScopeRequired,
            en: "At least one scope is required.",
            ru: "Нужно указать хотя бы одну область доступа.",
            kk: "Кемінде бір рұқсат аясын көрсету керек.");
        Add(MessageKeys.ScopeUnknown,
            en: "'{PropertyValue}' is not a known scope. Known scopes: {Known}.",
            ru: "«{PropertyValue}» — неизвестная область доступа. Допустимые: {Known}.",
            kk: "«{PropertyValue}» — белгісіз рұқсат аясы. Рұқсат етілгендері: {Known}.");
        Add(MessageKeys.WebhookEventRequired,
            en: "At least one event is required.",
            ru: "Нужно указать хотя бы одно событие.",
            kk: "Кемінде бір оқиғаны көрсету керек.");
        Add(MessageKeys.WebhookEventUnknown,
            en: "'{PropertyValue}' is not a known event. Known events: {Known}.",
            ru: "«{PropertyValue}» — неизвестное событие. Допустимые: {Known}.",
            kk: "«{PropertyValue}» — белгісіз оқиға. Рұқсат етілгендері: {Known}.");
        Add(MessageKeys.WebhookUrlNotAllowed,
            en: "'{PropertyName}' must be an absolute https URL of a public host, not a private or loopback address.",
            ru: "Поле «{PropertyName}» должно содержать абсолютный https-адрес публичного хоста, а не частный или loopback-адрес.",
            kk: "«{PropertyName}» өрісінде жария хосттың толық https мекенжайы болуы керек, жеке немесе loopback мекенжайы емес.");
        Add(MessageKeys.DateNotBeforeStart,
            en: "'{PropertyName}' must not be before the start date.",
            ru: "Поле «{PropertyName}» не может быть раньше даты начала.",
            kk: "«{PropertyName}» өрісі басталу күнінен ерте болмауы керек.");
        Add(MessageKeys.TimeAfterStart,
            en: "'{PropertyName}' must be after the start time.",
            ru: "Поле «{PropertyName}» должно быть позже времени начала.",
            kk: "«{PropertyName}» өрісі басталу уақытынан кейін болуы керек.");
        Add(MessageKeys.TimeInFuture,
            en: "'{PropertyName}' cannot be in the future.",
            ru: "Поле «{PropertyName}» не может быть в будущем.",
            kk: "«{PropertyName}» өрісі болашақ уақыт болмауы керек.");
        Add(MessageKeys.ShiftOutsideCampaign,
            en: "The shift must lie within the campaign's dates, {StartsOn} to {EndsOn} (HQ time).",
            ru: "Смена должна проходить в пределах дат акции: с {StartsOn} по {EndsOn} (по времени штаба).",
            kk: "Ауысым акцияның күндері шегінде өтуі керек: {StartsOn} – {EndsOn} (штаб уақыты бойынша).");
        Add(MessageKeys.CheckInCodeNotSixDigits,
            en: "'{PropertyName}' must be the six digits the coordinator shows.",
            ru: "Поле «{PropertyName}» должно содержать шесть цифр, которые показывает координатор.",
            kk: "«{PropertyName}» өрісі үйлестіруші көрсететін алты цифрдан тұруы керек.");
        Add(MessageKeys.SignUpStatusUnknown,
            en: "'{PropertyName}' must be Confirmed, Waitlisted, Cancelled or NoShow.",
            ru: "Поле «{PropertyName}» должно быть одним из значений: Confirmed, Waitlisted, Cancelled или NoShow.",
            kk: "«{PropertyName}» өрісі мына мәндердің бірі болуы керек: Confirmed, Waitlisted, Cancelled немесе NoShow.");
        Add(MessageKeys.AttendanceAnswerInvalid,
            en: "The answer must be Coming or NotComing.",
            ru: "Ответ должен быть Coming (приду) или NotComing (не приду).",
            kk: "Жауап Coming (келемін) немесе NotComing (келмеймін) болуы керек.");
        Add(MessageKeys.JsonValueInvalid,
            en: "This value is not of the accepted type or not one of the accepted values.",
            ru: "Это значение имеет неверный тип или не входит в число допустимых.",
            kk: "Бұл мәннің түрі қате немесе ол рұқсат етілген мәндердің қатарында жоқ.");
    }

    /// <summary>The product message <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(MessageKey key) =>
        ValidatorOptions.Global.LanguageManager.GetString(key.Name, CultureInfo.CurrentUICulture);

    private void Add(MessageKey key, string en, string ru, string kk)
    {
        AddTranslation("en", key.Name, en);
        AddTranslation("ru", key.Name, ru);
        AddTranslation("kk", key.Name, kk);
    }
}
