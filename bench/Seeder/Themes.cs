using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Bench.Seeder;

/// <summary>The kinds of campaign the HQ runs, with their kk/ru(/en) titles and descriptions.</summary>
internal static class Themes
{
    public sealed record Theme(string Direction, CampaignKind Kind, string Kk, string Ru, string? En, LocalizedText Description, string? Location, bool ByDistrict, HelpKind? HelpKind);

    public static readonly string[] Streets =
    [
        "Кенесары", "Бейбітшілік", "Абая", "Республики", "Сарыарка", "Кабанбай батыра", "Туран", "Мангилик Ел", "Сыганак",
        "Акмешит", "Бокейхана", "Жубанова", "Ауэзова", "Иманова", "Петрова",
    ];

    private static readonly Dictionary<string, (string Kk, string Ru)> DistrictNames = new()
    {
        ["Almaty"] = ("Алматы", "Алматы"),
        ["Baikonur"] = ("Байқоңыр", "Байконур"),
        ["Yesil"] = ("Есіл", "Есиль"),
        ["Saryarka"] = ("Сарыарқа", "Сарыарка"),
        ["Nura"] = ("Нұра", "Нура"),
    };

    public static readonly Theme[] All =
    [
        new("social", CampaignKind.Regular, "«Қамқорлық мекенжайы»", "«Адрес заботы»", "Address of Care",
            Text("Жалғызбасты зейнеткерлер мен ардагерлерге үйде көмек: жинау, азық-түлік, дәрі-дәрмек.",
                 "Помощь одиноким пенсионерам и ветеранам на дому: уборка, продукты, лекарства."),
            null, true, HelpKind.Cleaning),
        new("social", CampaignKind.Regular, "Ардагерлердің ауласын қардан тазарту", "Уборка снега во дворах ветеранов", null,
            Text("Қыста жалғызбасты қарттардың ауласы мен кіре берісін қардан тазартамыз.",
                 "Зимой расчищаем от снега дворы и подъезды одиноких пожилых людей."),
            null, true, HelpKind.SnowClearing),
        new("emergency", CampaignKind.Emergency, "Су тасқынына қарсы: құм қаптары", "Паводок: мешки с песком", "Flood defence: sandbags",
            Text("Көктемгі су тасқыны кезінде жағалауды бекітуге көмек.", "Помощь в укреплении берегов во время весеннего паводка."),
            "Есіл өзенінің жағалауы / набережная Есиль", false, null),
        new("emergency", CampaignKind.DisasterRelief, "Зардап шеккендерге азық-түлік себеттері", "Продуктовые корзины пострадавшим", null,
            Text("Төтенше жағдайдан зардап шеккен отбасыларға азық-түлік жинау және жеткізу.",
                 "Сбор и доставка продуктовых корзин семьям, пострадавшим от ЧС."),
            "Штаб волонтёров, ул. Бейбітшілік 11", true, HelpKind.FoodBasket),
        new("medical", CampaignKind.Regular, "Дәрі-дәрмек жеткізу", "Доставка лекарств", "Medicine delivery",
            Text("Емханалар есебіндегі адамдарға дәрі-дәрмек жеткізу.", "Доставка лекарств людям, состоящим на учёте в поликлиниках."),
            null, true, HelpKind.MedicineDelivery),
        new("medical", CampaignKind.Event, "Донор күні", "День донора", "Donor day",
            Text("Қан орталығында донорларды тіркеуге көмек.", "Помощь в регистрации доноров в центре крови."),
            "Республиканский центр крови", false, null),
        new("ecology", CampaignKind.Regular, "Таза жағалау", "Чистый берег", "Clean riverbank",
            Text("Өзен жағалауын қоқыстан тазарту.", "Уборка мусора на берегу реки."), "набережная Есиль", true, null),
        new("ecology", CampaignKind.Event, "Ағаш отырғызу", "Посадка деревьев", "Tree planting",
            Text("Жасыл белдеуге көшеттер отырғызу.", "Посадка саженцев в зелёном поясе столицы."), "Зелёный пояс, участок 4", false, null),
        new("social", CampaignKind.Regular, "Бақша дайындау", "Подготовка огородов", null,
            Text("Көктемде қарттардың бақшасын дайындауға көмек.", "Весной помогаем пожилым подготовить огороды."), null, true, HelpKind.GardenPreparation),
    ];

    public static readonly Theme[] Burst =
    [
        new("international", CampaignKind.Event, "Астана халықаралық марафоны", "Международный марафон Астаны", "Astana International Marathon",
            Text("Жүгірушілерге су беру, бағыт көрсету және марафон аймағындағы тәртіп.", "Пункты воды, навигация и порядок на трассе марафона."),
            "Площадь Независимости", false, null),
        new("events", CampaignKind.Event, "Наурыз мейрамы", "Праздник Наурыз", "Nauryz festival",
            Text("Қалалық мерекедегі қонақтарды қарсы алу және ақпараттық тұрақтар.", "Встреча гостей и информационные стойки на городском празднике."),
            "Площадь «Қазақ Елі»", false, null),
        new("events", CampaignKind.Event, "Астана күні", "День столицы", "Capital City Day",
            Text("Қала күнін мерекелеуге арналған іс-шараларға көмек.", "Помощь на мероприятиях Дня столицы."), "Бульвар Нуржол", false, null),
        new("international", CampaignKind.Event, "Халықаралық форум", "Международный форум", "International forum",
            Text("Форум қатысушыларын тіркеу және сүйемелдеу.", "Регистрация и сопровождение участников форума."), "Дворец Независимости", false, null),
    ];

    /// <summary>A distinct title: the theme, the district if it runs in one, and the campaign's number.</summary>
    public static LocalizedText Title(Theme theme, string? district, int number)
    {
        (string Kk, string Ru)? place = district is null ? null : DistrictNames[district];
        return new LocalizedText(
            place is null ? $"{theme.Kk} №{number}" : $"{theme.Kk}: {place.Value.Kk} ауданы №{number}",
            place is null ? $"{theme.Ru} №{number}" : $"{theme.Ru}: район {place.Value.Ru} №{number}",
            theme.En is null ? null : place is null ? $"{theme.En} #{number}" : $"{theme.En}: {district} district #{number}");
    }

    private static LocalizedText Text(string kk, string ru) => new(kk, ru);
}
