using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Common.Localization;

/// <summary>
/// The key of one product message. Keys exist only as the fields of <see cref="MessageKeys"/>, so a mistyped key is a
/// compile error rather than a message that shows its own key to the user.
/// </summary>
public sealed class MessageKey
{
    internal MessageKey(string name) => Name = name;

    /// <summary>The key under which <see cref="ValidationMessages"/> holds the texts, e.g. <c>Text.Required</c>.</summary>
    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>Every product message, each with kk, ru and en texts in <see cref="ValidationMessages"/>.</summary>
public static class MessageKeys
{
    public static readonly MessageKey TextRequired = new("Text.Required");
    public static readonly MessageKey TextTooLong = new("Text.TooLong");
    public static readonly MessageKey TextControlCharacters = new("Text.ControlCharacters");
    public static readonly MessageKey EmailInvalid = new("Email.Invalid");
    public static readonly MessageKey PasswordTooWeak = new("Password.TooWeak");
    public static readonly MessageKey PasswordCommon = new("Password.Common");
    public static readonly MessageKey IinNotTwelveDigits = new("Iin.NotTwelveDigits");
    public static readonly MessageKey IinInvalidCenturyDigit = new("Iin.InvalidCenturyDigit");
    public static readonly MessageKey IinInvalidBirthDate = new("Iin.InvalidBirthDate");
    public static readonly MessageKey IinInvalidCheckDigit = new("Iin.InvalidCheckDigit");
    public static readonly MessageKey IinBirthDateMismatch = new("Iin.BirthDateMismatch");
    public static readonly MessageKey PhoneInvalid = new("Phone.Invalid");
    public static readonly MessageKey DistrictUnknown = new("District.Unknown");
    public static readonly MessageKey LanguageUnsupported = new("Language.Unsupported");
    public static readonly MessageKey CodeInvalid = new("Code.Invalid");
    public static readonly MessageKey DateInFuture = new("Date.InFuture");
    public static readonly MessageKey DateInvalid = new("Date.Invalid");
    public static readonly MessageKey DateBeforeBirth = new("Date.BeforeBirth");
    public static readonly MessageKey AgeTooYoung = new("Age.TooYoung");
    public static readonly MessageKey GuardianRequired = new("Guardian.Required");
    public static readonly MessageKey ConsentRequired = new("Consent.Required");
    public static readonly MessageKey DirectionsCount = new("Directions.Count");
    public static readonly MessageKey DirectionsUnknown = new("Directions.Unknown");
    public static readonly MessageKey DirectionsUnknownCode = new("Directions.UnknownCode");
    public static readonly MessageKey SortUnknown = new("Sort.Unknown");
    public static readonly MessageKey ImportTooManyRows = new("Import.TooManyRows");
    public static readonly MessageKey ImportColumnMissing = new("Import.ColumnMissing");
    public static readonly MessageKey ImportUnreadable = new("Import.Unreadable");
    public static readonly MessageKey ImportDuplicateIin = new("Import.DuplicateIin");
    public static readonly MessageKey ImportDuplicateEmail = new("Import.DuplicateEmail");
    public static readonly MessageKey DirectionUnknown = new("Direction.Unknown");
    public static readonly MessageKey PeriodUnordered = new("Period.Unordered");
    public static readonly MessageKey RangeBetween = new("Range.Between");
    public static readonly MessageKey StageUnknown = new("Stage.Unknown");
    public static readonly MessageKey DirectionNotActive = new("Direction.NotActive");
    public static readonly MessageKey TrainerInvalid = new("Trainer.Invalid");
    public static readonly MessageKey ScopeRequired = new("Scope.Required");
    public static readonly MessageKey ScopeUnknown = new("Scope.Unknown");
    public static readonly MessageKey WebhookEventRequired = new("WebhookEvent.Required");
    public static readonly MessageKey WebhookEventUnknown = new("WebhookEvent.Unknown");
    public static readonly MessageKey WebhookUrlNotAllowed = new("WebhookUrl.NotAllowed");
    public static readonly MessageKey DateNotBeforeStart = new("Date.NotBeforeStart");
    public static readonly MessageKey TimeAfterStart = new("Time.AfterStart");
    public static readonly MessageKey TimeInFuture = new("Time.InFuture");
    public static readonly MessageKey ShiftOutsideCampaign = new("Shift.OutsideCampaign");
    public static readonly MessageKey CheckInCodeNotSixDigits = new("CheckInCode.NotSixDigits");
    public static readonly MessageKey SignUpStatusUnknown = new("SignUpStatus.Unknown");
    public static readonly MessageKey AttendanceAnswerInvalid = new("Attendance.AnswerInvalid");
    public static readonly MessageKey JsonValueInvalid = new("Json.ValueInvalid");
    public static readonly MessageKey LanguageUnknown = new("Language.Unknown");

    /// <summary>The message naming the IIN rule that <paramref name="error"/> says failed.</summary>
    public static MessageKey For(IinError error) => error switch
    {
        IinError.NotTwelveDigits => IinNotTwelveDigits,
        IinError.InvalidCenturyDigit => IinInvalidCenturyDigit,
        IinError.InvalidBirthDate => IinInvalidBirthDate,
        IinError.InvalidCheckDigit => IinInvalidCheckDigit,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "A valid IIN has no error message."),
    };
}
