using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Districts;
using Volunteers.Domain.School;

namespace Volunteers.Infrastructure.Persistence.Seeding;

/// <summary>The HQ's reference data, in its own words (the kk texts follow the HQ's article about the school).</summary>
internal static class ReferenceData
{
    public static IReadOnlyList<TrainingStage> Stages() =>
    [
        TrainingStage.Create(1, StageKind.Introductory,
            new LocalizedText("Кіріспе курс", "Вводный курс", "Introductory course"),
            new LocalizedText(
                "Жалпы дайындық: алғашқы медициналық көмек көрсетуді үйрену және түрлі психологиялық тренингтер. Шамамен он сабақ.",
                "Общая подготовка: обучение первой медицинской помощи и психологические тренинги. Около десяти занятий.",
                "General preparation: first aid and psychological trainings. About ten lessons."),
            requiredLessons: 10, passThresholdPercent: 80, requiredShifts: 0),
        TrainingStage.Create(2, StageKind.Specialization,
            new LocalizedText("Мамандану", "Специализация", "Specialization"),
            new LocalizedText(
                "Волонтер бағытты таңдап, сол бағыт бойынша дайындалады: ТЖ кезінде көмек беруге ниет білдірушілер мамандармен бірге оқу жиындарынан өтеді.",
                "Волонтёр выбирает направление и обучается в нём: желающие помогать при ЧС проходят учебные сборы со специалистами.",
                "The volunteer picks a direction and trains in it: emergency responders train with specialists in training camps."),
            requiredLessons: 1, passThresholdPercent: 80, requiredShifts: 0),
        TrainingStage.Create(3, StageKind.Practice,
            new LocalizedText("Практика", "Практика", "Practice"),
            new LocalizedText(
                "Тікелей акция өткізу кезіндегі практикалық жұмыс.",
                "Практическая работа во время проведения акции.",
                "Practical work during a live campaign."),
            requiredLessons: 1, passThresholdPercent: 80, requiredShifts: 1),
    ];

    public static IReadOnlyList<Direction> Directions() =>
    [
        Direction.Create("emergency",
            new LocalizedText("Төтенше жағдайларға ден қою", "Реагирование на чрезвычайные ситуации", "Emergency response"),
            new LocalizedText(
                "Төтенше жағдай кезінде көмек: азық-түлік себеттері, дәрі-дәрмек жеткізу, зардап шеккендерге гуманитарлық көмек.",
                "Помощь при чрезвычайных ситуациях: продуктовые корзины, доставка лекарств, гуманитарная помощь пострадавшим.",
                "Help in emergencies: food baskets, medicine delivery, humanitarian aid to those affected.")),
        Direction.Create("social",
            new LocalizedText("Әлеуметтік волонтерлік", "Социальное волонтёрство", "Social volunteering"),
            new LocalizedText(
                "Жалғызбасты зейнеткерлер мен ардагерлерге көмек: аулаларды қардан тазарту, пәтерлерді жинау, бақшаларды дайындау.",
                "Помощь одиноким пенсионерам и ветеранам: уборка снега во дворах, уборка квартир, подготовка огородов.",
                "Help for lonely pensioners and veterans: clearing snow, cleaning flats, preparing gardens.")),
        Direction.Create("medical",
            new LocalizedText("Медициналық волонтерлік", "Медицинское волонтёрство", "Medical volunteering"),
            new LocalizedText(
                "Дәрігерлерге тегін көмек және емханалар есебіндегі адамдарға дәрі-дәрмек жеткізу.",
                "Бесплатная помощь врачам и доставка лекарств людям, состоящим на учёте в поликлиниках.",
                "Free help to doctors and medicine delivery to people registered at polyclinics.")),
        Direction.Create("international",
            new LocalizedText("Халықаралық волонтерлік", "Международное волонтёрство", "International volunteering"),
            new LocalizedText(
                "Елордада өтетін халықаралық іс-шараларға қатысу.",
                "Участие в международных мероприятиях, проходящих в столице.",
                "Taking part in international events held in the capital.")),
        Direction.Create("events",
            new LocalizedText("Іс-шаралар волонтерлігі", "Событийное волонтёрство", "Event volunteering"),
            new LocalizedText(
                "Қалалық іс-шараларды ұйымдастыруға және өткізуге көмек.",
                "Помощь в организации и проведении городских мероприятий.",
                "Helping to organise and run city events.")),
        Direction.Create("ecology",
            new LocalizedText("Экологиялық волонтерлік", "Экологическое волонтёрство", "Ecological volunteering"),
            new LocalizedText(
                "Аумақтарды тұрмыстық қоқыстан тазарту, ағаш отырғызу және табиғатты қорғау.",
                "Очистка территорий от бытового мусора, посадка деревьев и охрана природы.",
                "Clearing household waste from grounds, planting trees and caring for nature.")),
    ];

    public static IReadOnlyList<District> Districts() =>
    [
        District.Create("Almaty",
            new LocalizedText("Алматы ауданы", "район Алматы", "Almaty district"),
            new LocalizedText("Елорданың Алматы ауданы.", "Район Алматы столицы.", "The Almaty district of the capital.")),
        District.Create("Baikonur",
            new LocalizedText("Байқоңыр ауданы", "район Байконур", "Baikonur district"),
            new LocalizedText("Елорданың Байқоңыр ауданы.", "Район Байконур столицы.", "The Baikonur district of the capital.")),
        District.Create("Yesil",
            new LocalizedText("Есіл ауданы", "район Есиль", "Yesil district"),
            new LocalizedText("Елорданың Есіл ауданы.", "Район Есиль столицы.", "The Yesil district of the capital.")),
        District.Create("Saryarka",
            new LocalizedText("Сарыарқа ауданы", "район Сарыарка", "Saryarka district"),
            new LocalizedText("Елорданың Сарыарқа ауданы.", "Район Сарыарка столицы.", "The Saryarka district of the capital.")),
        District.Create("Nura",
            new LocalizedText("Нұра ауданы", "район Нура", "Nura district"),
            new LocalizedText("Елорданың Нұра ауданы.", "Район Нура столицы.", "The Nura district of the capital.")),
    ];
}
