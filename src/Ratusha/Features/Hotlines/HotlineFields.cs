using System.Text;

namespace Ratusha.Features.Hotlines;

/// <summary>
/// The fields of an appeal a contact centre's export may carry, with the headers the centres usually give them. A
/// saved <see cref="HotlineColumnMapping"/> of the source comes first; these names are the fallback.
/// </summary>
public static class HotlineFields
{
    public const string ExternalNumber = "externalNumber";
    public const string CentreReceivedAt = "centreReceivedAt";
    public const string ReceivedAt = "receivedAt";
    public const string FullName = "fullName";
    public const string Surname = "surname";
    public const string GivenName = "givenName";
    public const string Patronymic = "patronymic";
    public const string Address = "address";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Topic = "topic";
    public const string Type = "type";
    public const string Text = "text";

    /// <summary>The field code, what the mapping screen calls it, and the headers recognised without a saved mapping.</summary>
    public static readonly IReadOnlyList<(string Code, string Title, string[] Headers)> All =
    [
        (ExternalNumber, "Номер звернення в контактному центрі", ["номер звернення", "№ звернення", "номер", "№", "номер картки", "номер у кц", "реєстраційний номер кц", "номер звернення кц"]),
        (CentreReceivedAt, "Дата надходження до контактного центру", ["дата надходження до кц", "дата звернення", "дата і час звернення", "дата надходження до контактного центру", "дата реєстрації в кц", "дата створення"]),
        (ReceivedAt, "Дата надходження до ради", ["дата надходження до ради", "дата передачі", "дата направлення", "дата надходження до виконавця"]),
        (FullName, "ПІБ заявника (одним стовпцем)", ["піб", "піб заявника", "заявник", "прізвище, ім'я, по батькові", "прізвище ім'я по батькові"]),
        (Surname, "Прізвище", ["прізвище"]),
        (GivenName, "Ім'я", ["ім'я", "імя"]),
        (Patronymic, "По батькові", ["по батькові"]),
        (Address, "Адреса заявника", ["адреса", "адреса заявника", "місце проживання", "адреса проживання"]),
        (Phone, "Телефон", ["телефон", "номер телефону", "контактний телефон", "телефон заявника"]),
        (Email, "Електронна пошта", ["email", "e-mail", "електронна пошта", "ел. пошта"]),
        (Topic, "Тематика (код або назва з класифікатора)", ["тематика", "тема", "тематика звернення", "категорія питання"]),
        (Type, "Вид звернення (код або назва)", ["вид звернення", "вид", "тип звернення"]),
        (Text, "Суть звернення", ["суть звернення", "зміст", "зміст звернення", "текст звернення", "текст", "опис", "короткий зміст"]),
    ];

    public static bool IsField(string? code) => All.Any(f => f.Code == code);

    public static string Title(string code) => All.FirstOrDefault(f => f.Code == code).Title ?? code;

    /// <summary>A header as compared: lower case, one space between words, one kind of apostrophe.</summary>
    public static string Key(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return "";
        var sb = new StringBuilder(header.Length);
        var space = false;
        foreach (var ch in header.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch is '’' or 'ʼ' or '`' or '‘' ? '\'' : ch);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Which column holds which field: the saved mapping of the source by header, then the usual headers. A header
    /// mapped to nothing (an empty field) is ignored on purpose.
    /// </summary>
    public static Dictionary<string, int> Resolve(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> saved, out List<string> ignored)
    {
        var columns = new Dictionary<string, int>();
        ignored = [];
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Key(headers[i]);
            if (key.Length == 0) continue;
            string? field = saved.TryGetValue(key, out var mapped) ? mapped
                : All.FirstOrDefault(f => f.Headers.Contains(key)).Code;
            if (string.IsNullOrEmpty(field) || columns.ContainsKey(field)) { ignored.Add(headers[i].Trim()); continue; }
            columns[field] = i;
        }
        return columns;
    }
}
