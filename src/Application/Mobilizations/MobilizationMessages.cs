using System.Globalization;
using Volunteers.Application.Common.Email;
using Volunteers.Domain.Common;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Mobilizations;

/// <summary>What a mobilisation e-mail says, in the volunteer's message language (kk, ru or en).</summary>
internal static class MobilizationMessages
{
    /// <param name="kind">Which message.</param>
    /// <param name="to">The volunteer's e-mail address.</param>
    /// <param name="language">kk, ru or en; anything else gets Russian.</param>
    /// <param name="firstName">The volunteer's first name, for the greeting.</param>
    /// <param name="title">The mobilisation's title.</param>
    /// <param name="reason">The mobilisation's reason.</param>
    /// <param name="date">The roster day.</param>
    /// <param name="respondBy">The deadline to answer, in the HQ's time; null for the reserve.</param>
    public static EmailMessage Compose(
        MailKind kind, string to, string language, string firstName, string title, string reason, DateOnly date, DateTimeOffset? respondBy)
    {
        var day = date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var deadline = respondBy is { } due
            ? $"{due.ToString("HH:mm dd.MM.yyyy", CultureInfo.InvariantCulture)} (UTC{due.ToString("zzz", CultureInfo.InvariantCulture)})"
            : string.Empty;
        var text = Texts(kind, language, day, deadline);
        var body = string.Join("\n\n", text.Greeting.Replace("{name}", firstName, StringComparison.Ordinal),
            $"{text.Declared} {title}.\n{reason}", text.Body, text.Signature);
        return new EmailMessage(to, $"{text.Subject}: {title}, {day}", body);
    }

    private sealed record Text(string Subject, string Greeting, string Declared, string Body, string Signature);

    private static Text Texts(MailKind kind, string language, string day, string deadline) => language switch
    {
        Language.Kazakh => new Text(
            kind switch
            {
                MailKind.MobilizationCalledUp => "Резервтен шақыру",
                _ => "Төтенше жұмылдыру",
            },
            "Сәлеметсіз бе, {name}!",
            "Еріктілер штабы төтенше жұмылдыру жариялады:",
            kind switch
            {
                MailKind.MobilizationActivePlace =>
                    $"Сіз {day} күнгі негізгі құрамға енгізілдіңіз. Қатысатыныңызды растаңыз немесе бас тартыңыз — ерікті қосымшасында немесе үйлестірушіңіз арқылы. Жауап беру мерзімі: {deadline}. Осы уақытқа дейін жауап болмаса, орныңыз резервтегі еріктіге беріледі.",
                MailKind.MobilizationReservePlace =>
                    $"Сіз {day} күнгі резервке енгізілдіңіз. Байланыста болыңыз: негізгі құрамдағы ерікті шыға алмаса, сізді хатпен шақырамыз. Ол күні көмектесе алмасаңыз, ерікті қосымшасында немесе үйлестірушіңізге хабарлаңыз.",
                _ =>
                    $"Сіз резервтен {day} күнгі негізгі құрамға шақырылдыңыз. Қатысатыныңызды растаңыз немесе бас тартыңыз — ерікті қосымшасында немесе үйлестірушіңіз арқылы. Жауап беру мерзімі: {deadline}. Осы уақытқа дейін жауап болмаса, орын резервтегі келесі еріктіге беріледі.",
            },
            "Бізбен бірге болғаныңызға рахмет! — Еріктілер штабы"),
        Language.English => new Text(
            kind switch
            {
                MailKind.MobilizationCalledUp => "Called up from the reserve",
                _ => "Emergency mobilisation",
            },
            "Hello, {name}!",
            "The volunteer HQ has declared an emergency mobilisation:",
            kind switch
            {
                MailKind.MobilizationActivePlace =>
                    $"You are on the active roster for {day}. Please confirm or decline by {deadline} in the volunteer app or through your coordinator. If we hear nothing by then, your place goes to a reserve volunteer.",
                MailKind.MobilizationReservePlace =>
                    $"You are in the reserve for {day}. Please stay reachable: if an active volunteer cannot come, we will call you up by e-mail. If you cannot help that day, tell us in the volunteer app or through your coordinator.",
                _ =>
                    $"You have been called up from the reserve to the active roster for {day}. Please confirm or decline by {deadline} in the volunteer app or through your coordinator. If we hear nothing by then, the place goes to the next reserve volunteer.",
            },
            "Thank you for being there. — The volunteer HQ"),
        _ => new Text(
            kind switch
            {
                MailKind.MobilizationCalledUp => "Вызов из резерва",
                _ => "Экстренная мобилизация",
            },
            "Здравствуйте, {name}!",
            "Штаб волонтёров объявил экстренную мобилизацию:",
            kind switch
            {
                MailKind.MobilizationActivePlace =>
                    $"Вы включены в основной состав на {day}. Пожалуйста, подтвердите участие или откажитесь до {deadline} в приложении волонтёра или через координатора. Если ответа не будет, ваше место перейдёт волонтёру из резерва.",
                MailKind.MobilizationReservePlace =>
                    $"Вы включены в резерв на {day}. Пожалуйста, оставайтесь на связи: если кто-то из основного состава не сможет выйти, мы вызовем вас письмом. Если вы не сможете помочь в этот день, сообщите об этом в приложении волонтёра или координатору.",
                _ =>
                    $"Вы вызваны из резерва в основной состав на {day}. Пожалуйста, подтвердите участие или откажитесь до {deadline} в приложении волонтёра или через координатора. Если ответа не будет, место перейдёт следующему волонтёру из резерва.",
            },
            "Спасибо, что вы с нами. — Штаб волонтёров"),
    };
}
