namespace Ratusha.Features.Classifiers;

/// <summary>The lists and their first values (Classifier №858, section I; law-and-standards.md §4). Values are data after seeding.</summary>
public static class ClassifierLists
{
    public const string Channel = "channel";
    public const string Sign = "sign";
    public const string Type = "type";
    public const string Subject = "subject";
    public const string Sex = "sex";
    public const string Category = "category";
    public const string SocialStatus = "social-status";
    public const string Topic = "topic";
    public const string Result = "result";
    public const string NotConsideredReason = "not-considered-reason";

    public const string Individual = "5.1";
    public const string Collective = "5.2";
    public const string Anonymous = "5.3";
    public const string ByEmail = "1.1.2";
    public const string WebForm = "1.1.3";
    public const string Hotline1545 = "1.4.1";
    public const string RegionalHotline = "1.4.2";

    private const string Classifier = "Класифікатор звернень громадян (постанова КМУ №858)";

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [Channel] = "Форма надходження",
        [Sign] = "Ознака надходження",
        [Type] = "Вид звернення",
        [Subject] = "Суб'єкт звернення",
        [Sex] = "Стать автора",
        [Category] = "Категорія автора",
        [SocialStatus] = "Соціальний стан автора",
        [Topic] = "Тематика",
        [Result] = "Результат розгляду",
        [NotConsideredReason] = "Підстава залишити без розгляду",
    };

    public static readonly IReadOnlyList<(string List, ClassifierDetails Entry)> Seed =
    [
        (Channel, new("1.1", "Поштою", 10, Source: Classifier)),
        (Channel, new(ByEmail, "Електронною поштою", 11, Source: Classifier)),
        (Channel, new(WebForm, "Через вебформу на порталі", 12, Source: "Закон «Про звернення громадян», ст. 5")),
        (Channel, new("1.1.1", "Засобами телефонного зв'язку", 13, Source: Classifier)),
        (Channel, new("1.2", "На особистому прийомі", 20, Source: Classifier)),
        (Channel, new("1.3", "Через уповноважену особу", 30, Source: Classifier)),
        (Channel, new("1.4", "Через органи влади", 40, Source: Classifier)),
        (Channel, new(Hotline1545, "Урядовий контактний центр (1545)", 41, Source: "п. 6.2 Регламенту")),
        (Channel, new(RegionalHotline, "Гаряча лінія обласної адміністрації", 42, Source: "п. 6.2 Регламенту")),
        (Channel, new("1.5", "Через засоби масової інформації", 50, Source: Classifier)),
        (Channel, new("1.6", "Від інших органів, установ, організацій", 60, Source: Classifier)),
        (Sign, new("2.1", "Первинне", 10, Source: Classifier)),
        (Sign, new("2.2", "Повторне", 20, Source: Classifier)),
        (Sign, new("2.3", "Дублетне", 30, Source: Classifier)),
        (Sign, new("2.4", "Неодноразове", 40, Source: Classifier)),
        (Sign, new("2.5", "Масове", 50, Source: Classifier)),
        (Type, new("3.1", "Пропозиція (зауваження)", 10, Source: Classifier)),
        (Type, new("3.2", "Заява (клопотання)", 20, Source: Classifier)),
        (Type, new("3.3", "Скарга", 30, Source: Classifier)),
        (Subject, new(Individual, "Індивідуальне", 10, Source: Classifier)),
        (Subject, new(Collective, "Колективне", 20, Source: Classifier)),
        (Subject, new(Anonymous, "Анонімне", 30, Source: Classifier)),
        (Sex, new("4.1", "Чоловіча", 10, Source: Classifier)),
        (Sex, new("4.2", "Жіноча", 20, Source: Classifier)),
        (Category, new("7.1", "Учасник війни", 10, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.2", "Дитина війни", 20, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.3", "Особа з інвалідністю внаслідок Другої світової війни", 30, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.4", "Особа з інвалідністю внаслідок війни", 40, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.5", "Учасник бойових дій", 50, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.6", "Ветеран праці", 60, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.7", "Особа з інвалідністю I групи", 70, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.8", "Особа з інвалідністю II групи", 80, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.9", "Особа з інвалідністю III групи", 90, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.10", "Дитина з інвалідністю", 100, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.11", "Одинока мати", 110, Source: Classifier)),
        (Category, new("7.12", "Мати-героїня", 120, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.13", "Багатодітна сім'я", 130, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.14", "Особа, яка постраждала внаслідок Чорнобильської катастрофи", 140, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.15", "Учасник ліквідації наслідків аварії на ЧАЕС", 150, IsPrivileged: true, Source: Classifier)),
        (Category, new("7.16", "Герой України", 160, IsPrivileged: true, Source: Classifier)),
        (SocialStatus, new("8.1", "Пенсіонер", 10)),
        (SocialStatus, new("8.2", "Робітник", 20)),
        (SocialStatus, new("8.3", "Селянин", 30)),
        (SocialStatus, new("8.4", "Працівник бюджетної сфери", 40)),
        (SocialStatus, new("8.5", "Військовослужбовець", 50)),
        (SocialStatus, new("8.6", "Державний службовець", 60)),
        (SocialStatus, new("8.7", "Підприємець", 70)),
        (SocialStatus, new("8.8", "Безробітний", 80)),
        (SocialStatus, new("8.9", "Учень, студент", 90)),
        (SocialStatus, new("8.10", "Інші", 100)),
        (Topic, new("01", "Житлова політика", 10)),
        (Topic, new("02", "Комунальне господарство", 20)),
        (Topic, new("03", "Соціальний захист", 30)),
        (Topic, new("04", "Освіта", 40)),
        (Topic, new("05", "Охорона здоров'я", 50)),
        (Topic, new("06", "Транспорт і зв'язок", 60)),
        (Topic, new("07", "Аграрна політика і земельні відносини", 70)),
        (Topic, new("08", "Будівництво та архітектура", 80)),
        (Topic, new("09", "Благоустрій", 90)),
        (Topic, new("10", "Інші питання", 100)),
        (Result, new("9.1", "Вирішено позитивно", 10, Source: Classifier)),
        (Result, new("9.2", "Відмовлено у задоволенні", 20, Source: Classifier)),
        (Result, new("9.3", "Дано роз'яснення", 30, Source: Classifier)),
        (NotConsideredReason, new("anonymous", "Анонімне звернення", 10, Source: "ч. 1 ст. 8 Закону «Про звернення громадян»; п. 6.20 Регламенту")),
        (NotConsideredReason, new("repeat-resolved", "Повторне з того самого питання, яке вже вирішено по суті", 20, Source: "ч. 2 ст. 8 Закону «Про звернення громадян»; п. 6.22 Регламенту")),
        (NotConsideredReason, new("late-complaint", "Скарга подана з порушенням строку ст. 17", 30, Source: "ч. 2 ст. 8, ст. 17 Закону «Про звернення громадян»; п. 6.22 Регламенту")),
        (NotConsideredReason, new("incapable", "Звернення особи, визнаної судом недієздатною", 40, Source: "ч. 2 ст. 8 Закону «Про звернення громадян»; п. 6.22 Регламенту")),
    ];
}
