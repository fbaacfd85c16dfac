namespace Volunteers.Bench.Seeder;

/// <summary>
/// Kazakh and Russian names as the HQ's registry holds them. Surnames follow a long-tailed (Zipf-like) distribution,
/// as in a real registry: a few are common, most are rare, so a surname search finds a handful of people.
/// </summary>
internal static class Names
{
    private static readonly string[] KazakhRoots =
    [
        "Ай", "Бек", "Жан", "Нұр", "Сер", "Ер", "Қай", "Тол", "Мұх", "Сағ", "Дәу", "Бол", "Ас", "Ораз", "Есен", "Темір",
        "Қасым", "Әбіл", "Бай", "Құл", "Сейіт", "Төле", "Жұма", "Қан", "Мақ", "Рах", "Сәт", "Тұр", "Үсен", "Шай", "Ыбыр", "Ал",
    ];

    private static readonly string[] KazakhEndings =
    [
        "бай", "бек", "жан", "хан", "ғали", "тай", "болат", "сұлтан", "мұрат", "нияз", "қали", "бақ", "бала", "тас", "әлі",
        "ғазы", "кен", "мағамбет", "баты", "дәулет", "құл", "ғожа", "мырза", "сейіт",
    ];

    private static readonly string[] RussianSurnames =
    [
        "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кириллов", "Тарасов", "Белов", "Комаров", "Медведев", "Ершов", "Никифоров",
    ];

    public static readonly string[] MaleFirst =
    [
        "Ерлан", "Нұрлан", "Серік", "Айдос", "Дәурен", "Асқар", "Бауыржан", "Ержан", "Мұрат", "Қанат", "Арман", "Дархан",
        "Ілияс", "Жандос", "Әлихан", "Санжар", "Темірлан", "Алмас", "Нұрсұлтан", "Ринат", "Алексей", "Дмитрий", "Сергей",
        "Андрей", "Иван", "Максим", "Артём", "Никита", "Павел", "Егор",
    ];

    public static readonly string[] FemaleFirst =
    [
        "Айгерім", "Әсел", "Динара", "Жанар", "Гүлнар", "Меруерт", "Аружан", "Дана", "Камила", "Мадина", "Томирис",
        "Салтанат", "Аяулым", "Жансая", "Индира", "Анна", "Мария", "Елена", "Ольга", "Наталья", "Екатерина", "Дарья",
        "Алина", "Юлия", "Ксения",
    ];

    /// <summary>Every surname in its male form, most common first.</summary>
    public static readonly IReadOnlyList<string> Surnames = BuildSurnames();

    private static readonly double[] Cumulative = BuildCumulative(Surnames.Count);

    /// <summary>A surname by its long-tailed frequency, in the right form for the person's sex.</summary>
    public static string Surname(Random random, bool male)
    {
        var index = Array.BinarySearch(Cumulative, random.NextDouble());
        var surname = Surnames[Math.Min(index < 0 ? ~index : index, Surnames.Count - 1)];
        return male ? surname : surname + "а";
    }

    public static string First(Random random, bool male) => male ? random.GetItems(MaleFirst, 1)[0] : random.GetItems(FemaleFirst, 1)[0];

    /// <summary>A patronymic: Kazakh "…ұлы/қызы" or Russian "…ович/овна"; a third of people give none.</summary>
    public static string? Middle(Random random, bool male)
    {
        var roll = random.Next(3);
        if (roll == 0)
        {
            return null;
        }

        var father = random.GetItems(MaleFirst, 1)[0];
        return roll == 1
            ? father + (male ? "ұлы" : "қызы")
            : father.EndsWith('й') ? father[..^1] + (male ? "евич" : "евна") : father + (male ? "ович" : "овна");
    }

    private static List<string> BuildSurnames()
    {
        // Deterministic order mixing the common Russian surnames into the head and the composed Kazakh ones after.
        var kazakh = KazakhRoots.SelectMany(root => KazakhEndings.Select(ending => Kazakh(root + ending))).Distinct().ToList();
        new Random(7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kazakh));
        var list = new List<string>();
        for (var i = 0; i < Math.Max(kazakh.Count, RussianSurnames.Length); i++)
        {
            if (i < kazakh.Count)
            {
                list.Add(kazakh[i]);
            }

            if (i < RussianSurnames.Length)
            {
                list.Add(RussianSurnames[i]);
            }
        }

        return list;
    }

    private static string Kazakh(string stem)
    {
        var capitalised = char.ToUpperInvariant(stem[0]) + stem[1..].ToLowerInvariant();
        return capitalised[^1] switch
        {
            'й' => capitalised[..^1] + "ев",
            'и' or 'і' or 'ы' or 'а' or 'е' or 'ә' => capitalised + "ев",
            _ => capitalised + "ов",
        };
    }

    /// <summary>Zipf with exponent 1.1: rank r is chosen with weight 1 / r^1.1.</summary>
    private static double[] BuildCumulative(int count)
    {
        var weights = Enumerable.Range(1, count).Select(r => 1 / Math.Pow(r, 1.1)).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        var running = 0.0;
        for (var i = 0; i < count; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        return cumulative;
    }
}
