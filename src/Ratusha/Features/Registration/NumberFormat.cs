using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ratusha.Features.Registration;

/// <summary>
/// The registration index of a journal entry, from the journal's format. Tokens:
/// <c>{n}</c> the serial number (<c>{n:4}</c> zero-padded), <c>{letter}</c> the index letter of Instruction №348
/// (first letter of the applicant's surname, «КО» collective, «БП» unsigned), <c>{yyyy}</c>, <c>{yy}</c>, <c>{dept}</c>.
/// </summary>
public static partial class NumberFormat
{
    [GeneratedRegex(@"\{(?<name>[a-z]+)(:(?<width>\d))?\}")]
    private static partial Regex Token();

    private static readonly HashSet<string> Known = ["n", "letter", "yyyy", "yy", "dept"];

    /// <summary>The Ukrainian reason a format is unusable, or null when it is fine.</summary>
    public static string? Problem(string format)
    {
        if (string.IsNullOrWhiteSpace(format)) return "Вкажіть формат номера.";
        if (format.Length > 40) return "Формат номера не довший за 40 символів.";
        var names = Token().Matches(format).Select(m => m.Groups["name"].Value).ToList();
        if (!names.Contains("n")) return "Формат номера має містити {n} — порядковий номер.";
        var unknown = names.FirstOrDefault(n => !Known.Contains(n));
        if (unknown is not null) return $"Невідома позначка {{{unknown}}} у форматі номера.";
        var rest = Token().Replace(format, "");
        if (rest.Contains('{') || rest.Contains('}')) return "Фігурні дужки в форматі номера — лише для позначок.";
        return null;
    }

    public static string Apply(string format, int number, int year, string? letter = null, string? departmentCode = null)
    {
        var result = Token().Replace(format, m =>
        {
            var width = m.Groups["width"].Success ? int.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture) : 0;
            return m.Groups["name"].Value switch
            {
                "n" => number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'),
                "letter" => letter ?? "",
                "yyyy" => year.ToString(CultureInfo.InvariantCulture),
                "yy" => (year % 100).ToString("00", CultureInfo.InvariantCulture),
                "dept" => departmentCode ?? "",
                _ => m.Value,
            };
        });
        return result.Normalize(NormalizationForm.FormC);
    }
}
