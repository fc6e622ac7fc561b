using System.Text;
using System.Text.RegularExpressions;

namespace Ratusha.Features.OpenData;

/// <summary>What the record knows of the applicant: masked wherever it appears in the text, in any grammatical case.</summary>
public sealed record KnownPerson(string? Surname = null, string? GivenName = null, string? Patronymic = null, string? Email = null);

/// <summary>
/// Знеособлення тексту звернення before it is published as open data (CMU resolution №835; Law «Про захист персональних
/// даних»): the applicant's own names in any case, name-like sequences after cues («я, …», «мене звати …», «гр. …»),
/// initials («Петренко І.П.», «І. П. Петренко»), full names with a patronymic, surnames in -енко/-чук, telephone numbers,
/// e-mail addresses, house, building and flat numbers, tax numbers (РНОКПП), passport and other long digit runs, dates
/// of birth. It errs towards masking too much: a masked street name costs less than a published person.
/// </summary>
public static partial class TextAnonymiser
{
    public const string NameMask = "[ПІБ]";
    public const string PhoneMask = "[телефон]";
    public const string EmailMask = "[ел. пошта]";
    public const string NumberMask = "[№]";
    public const string CodeMask = "[код]";
    public const string BirthMask = "[дата народження]";
    /// <summary>What is published when the text defeats the patterns in time (a pathological input): nothing of it.</summary>
    public const string Withheld = "[зміст не опубліковано]";

    private const int TimeoutMs = 1000;

    // Capitalised words that open sentences or address people but are not names.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Шановний", "Шановна", "Шановні", "Вельмишановний", "Вельмишановна", "Прошу", "Просимо", "Я", "Мене", "Ми", "Пане", "Пані", "Пан",
        "Громадянин", "Громадянка", "Заявник", "Заявниця", "Вас", "Вам", "Ваш", "Ваша", "Дякую", "Доброго", "Добрий", "День", "Міський", "Голова",
        "Міська", "Рада", "Виконком", "Україна", "України", "Київ", "Києва",
    };

    public static string Anonymise(string? text, KnownPerson? known = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        try
        {
            var s = text;
            s = Email().Replace(s, EmailMask);
            s = BirthBefore().Replace(s, BirthMask);
            s = BirthAfter().Replace(s, m => m.Groups["cue"].Value + BirthMask);
            s = TaxCode().Replace(s, m => m.Groups["cue"].Value + CodeMask);
            s = Passport().Replace(s, CodeMask);
            s = Phone().Replace(s, PhoneMask);
            s = LongDigits().Replace(s, CodeMask);
            s = HouseOrFlat().Replace(s, m => m.Groups["cue"].Value + NumberMask);
            s = StreetHouse().Replace(s, m => m.Groups["street"].Value + m.Groups["sep"].Value + NumberMask);
            if (known is not null) s = KnownNames(s, known);
            s = NameWithPatronymic().Replace(s, KeepLeadingWord);
            s = SurnameWithInitials().Replace(s, NameMask);
            s = InitialsWithSurname().Replace(s, NameMask);
            s = AfterCue().Replace(s, m => m.Groups["cue"].Value + NameOrKeep(m.Groups["name"].Value));
            s = TypicalSurname().Replace(s, NameMask);
            // Names come in groups: initials and a capitalised word next to a masked name belong to it («[ПІБ] С.», «до [ПІБ] Олега»).
            s = InitialsNextToName().Replace(s, NameMask);
            s = WordNextToName().Replace(s, m => NotNames.Contains(m.Groups["word"].Value) ? m.Value : m.Value.Replace(m.Groups["word"].Value, NameMask, StringComparison.Ordinal));
            return RepeatedName().Replace(s, NameMask);
        }
        catch (RegexMatchTimeoutException)
        {
            return Withheld;
        }
    }

    /// <summary>The applicant's names as the record holds them, with Ukrainian case endings and the usual alternations (Ольга → Ользі, Лебідь → Лебедя).</summary>
    private static string KnownNames(string s, KnownPerson known)
    {
        foreach (var name in new[] { known.Surname, known.GivenName, known.Patronymic })
        {
            foreach (var word in (name ?? "").Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (word.Length < 2) continue;
                var pattern = $@"(?<![\p{{L}}'’ʼ]){InflectedForms(word)}(?![\p{{L}}'’ʼ])";
                s = Regex.Replace(s, pattern, NameMask, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(TimeoutMs));
            }
        }
        if (known.Email is { Length: > 0 } email) s = s.Replace(email, EmailMask, StringComparison.OrdinalIgnoreCase);
        return s;
    }

    /// <summary>
    /// A pattern for the word in its cases: the stem (the word without its final vowels, й and ь) and up to four letters of
    /// ending. The first letter is a capital (Мороз the person, not «морозно»), the rest in any case («ПЕТРЕНКО»).
    /// </summary>
    internal static string InflectedForms(string word)
    {
        var stem = word.TrimEnd('а', 'я', 'о', 'у', 'ю', 'е', 'є', 'и', 'і', 'ї', 'й', 'ь', 'А', 'Я', 'О', 'У', 'Ю', 'Е', 'Є', 'И', 'І', 'Ї', 'Й', 'Ь');
        var first = char.ToUpperInvariant(word[0]);
        if (stem.Length < 3) return Regex.Escape(first.ToString()) + "(?i:" + Regex.Escape(word[1..]) + ")"; // too short to inflect safely: the word itself
        var forms = new StringBuilder(Regex.Escape(first.ToString())).Append("(?i:");
        stem = stem[1..];
        var last = char.ToLowerInvariant(stem[^1]);
        var body = stem[..^1];
        // і in the last syllable alternates with о/е (Сокіл → Сокола, Лебідь → Лебедя); е/о before the last consonant drops (Кравець → Кравця).
        var i = body.LastIndexOfAny(['і', 'І']);
        var head = i >= 0 && i >= body.Length - 2 ? Regex.Escape(body[..i]) + "[іое]" + Regex.Escape(body[(i + 1)..]) : Regex.Escape(body);
        if (body.Length >= 3 && char.ToLowerInvariant(body[^1]) is 'е' or 'о')
            head = Regex.Escape(body[..^1]) + "[ео]?";
        forms.Append(head);
        // г/к/х before the dative and locative ending become з/ц/с (Ольга → Ользі, Марійка → Марійці).
        forms.Append(last switch
        {
            'г' => "[гзж]",
            'к' => "[кцч]",
            'х' => "[хсш]",
            _ => Regex.Escape(stem[^1].ToString()),
        });
        forms.Append(@"[\p{L}'’ʼ]{0,4})");
        return forms.ToString();
    }

    private static string KeepLeadingWord(Match m)
    {
        var first = m.Groups["first"].Value;
        return first.Length > 0 && NotNames.Contains(first.TrimEnd()) ? first + " " + NameMask : NameMask;
    }

    private static string NameOrKeep(string name) => NotNames.Contains(name.Split(' ')[0]) ? name : NameMask;

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-_]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Email();

    // «12.05.1980 р.н.», «1980 р. н.», «1980 року народження».
    [GeneratedRegex(@"(?<!\p{N})(?:\d{1,2}[./]\d{1,2}[./])?\d{4}\s?(?:р\.\s?н\.?|рн\.?|року\s+народження|р\.\s?народження)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex BirthBefore();

    // «дата народження: 12.05.1980», «д.н. 1980», «народилася 5 травня 1950 року».
    [GeneratedRegex(@"(?<cue>(?:дат\p{L}*\s+народження|д\.\s?н\.|народил\p{L}*|народив\p{L}*|нар\.)\s*:?\s*)(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4})(?:\s?(?:р\.|року|рік))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex BirthAfter();

    // «ІПН 1234567890», «РНОКПП: 1234 5678 90», «ідентифікаційний код 123456789».
    [GeneratedRegex(@"(?<cue>(?:ІПН|РНОКПП|ідентифікаційн\p{L}*\s+(?:код|номер)\p{L}*|код\s+платника\s+податків)\s*:?\s*№?\s*)\d[\d\s\-]{6,14}\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex TaxCode();

    // A passport book: two capital letters and six digits («АА 123456», «серії КЕ № 654321»).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2}\s?№?\s?\d{6}(?!\p{N})", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Passport();

    // +38 (067) 123-45-67, 067 123 45 67, 0671234567, (0569) 37-22-33, +48 600 123 456, local 7-22-33.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:\+?\s?3\s?8\s?)?\(0\d{2,4}\)\s?\d(?:[\s\-]?\d){4,6}|(?:\+?\s?3\s?8\s?)?0\d{2}(?:[\s\-]?\d){7}|\+\d{1,3}(?:[\s\-]?\d){8,11}|\d{1,3}-\d{2}-\d{2})(?!\p{N})", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Phone();

    // What remains of eight digits or more: a tax number, an ID card, an account.
    [GeneratedRegex(@"(?<!\p{N})\d{8,}(?!\p{N})", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex LongDigits();

    // «кв. 12», «квартира №7», «буд. 5-А», «будинку 14/2», «корп. 3», «д. 5».
    [GeneratedRegex(@"(?<![\p{L}])(?<cue>(?:кв\.?|квартир\p{L}*|буд\.?|будин\p{L}*|будівл\p{L}*|корп\.?|корпус\p{L}*|д\.|б\.|під'їзд\p{L}*|під’їзд\p{L}*)\s*№?\s*)\d+[\p{L}]?(?:\s?[/\-]\s?\d*[\p{L}]?)?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex HouseOrFlat();

    // The house number after a street: «вул. Шевченка, 5», «просп. Миру 12-Б», «вулиці 8 Березня, 3».
    [GeneratedRegex(@"(?<street>(?<![\p{L}])(?i:вул\.|вулиц\p{L}*|просп\.|проспект\p{L}*|пров\.|провул\p{L}*|бульв?\.|бульвар\p{L}*|пл\.|площ\p{L}*|наб\.|набережн\p{L}*|узвіз|узвоз\p{L}*|шосе|майдан\p{L}*|мкр\.|мікрорайон\p{L}*|ж/м)\s*(?:\d+\s)?\p{Lu}[\p{L}'’ʼ.\-]*(?:\s\p{Lu}[\p{L}'’ʼ.\-]*){0,2})(?<sep>,?\s*№?\s*)\d+[\p{L}]?(?:\s?[/\-]\s?\d*[\p{L}]?)?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex StreetHouse();

    // «Петренко Іван Петрович», «Івану Петровичу», «Ольга Іванівна Коваль»: a patronymic makes a name.
    [GeneratedRegex(@"(?:(?<first>\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?)\s+)?\p{Lu}[\p{Ll}'’ʼ]+\s+\p{Lu}[\p{Ll}'’ʼ]*(?:ович|евич|євич|йович|івн|ївн|овн)\p{Ll}*(?:\s+\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?)?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex NameWithPatronymic();

    // «Петренко І.П.», «Петренко І. П.», «Коваль-Грищенко О.».
    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?\s+\p{Lu}\.\s?(?:\p{Lu}\.)?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex SurnameWithInitials();

    // «І.П. Петренко», «І. Петренко».
    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex InitialsWithSurname();

    // «я, Петренко Олена, …», «мене звати Оксана», «гр. Коваль», «сусід Мельник», «пані Олена», «ПІБ: …».
    [GeneratedRegex(@"(?<cue>(?<![\p{L}])(?:[Яя],?\s+|(?i:мене\s+звати|звуть|гр\.|громадян\p{L}*|заявни\p{L}*|пан|пані|пана|пану|сусід\p{L}*|підписа\p{L}*)\s*|(?i:ПІБ|П\.І\.Б\.?)\s*:?\s*))(?<name>\p{Lu}[\p{L}'’ʼ\-]+(?:\s+\p{Lu}[\p{L}'’ʼ\-]+){0,2})", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex AfterCue();

    // A capitalised word in -енко/-чук/-щук anywhere but after a street, square or park (вул. Шевченка stays).
    [GeneratedRegex(@"(?<!(?:вул\.|вулиц\p{L}*|просп\.|проспект\p{L}*|пров\.|провул\p{L}*|бульв\p{L}*\.?|пл\.|площ\p{L}*|ім\.|імені|майдан\p{L}*|парк\p{L}*|сквер\p{L}*|школ\p{L}*|ліце\p{L}*)\s*(?:\p{Lu}[\p{Ll}'’ʼ]+\s+)?)(?<![\p{L}])\p{Lu}[\p{Ll}'’ʼ]+(?:енк(?:о|а|у|ові|ом)|[чщ]ук(?:а|у|ові|ом)?)(?![\p{L}])", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex TypicalSurname();

    [GeneratedRegex(@"\[ПІБ\](?:\s?\p{Lu}\.){1,2}|(?<![\p{L}])(?:\p{Lu}\.\s?){1,2}\[ПІБ\]", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex InitialsNextToName();

    // After a mask, or before one but not at the start of a sentence (where any word is capitalised).
    [GeneratedRegex(@"\[ПІБ\]\s+(?<word>\p{Lu}[\p{Ll}'’ʼ]+)(?![\p{L}])|(?<=[\p{L}\p{N},;:»)]\s+)(?<word>\p{Lu}[\p{Ll}'’ʼ]+)\s+\[ПІБ\]", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex WordNextToName();

    [GeneratedRegex(@"\[ПІБ\](?:\s+\[ПІБ\])+", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex RepeatedName();
}
