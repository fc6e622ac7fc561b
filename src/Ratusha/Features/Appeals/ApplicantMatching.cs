using System.Text;

namespace Ratusha.Features.Appeals;

/// <summary>
/// How two spellings of a person or an address are compared: case, «і/и/ї», «є/е», «ґ/г», apostrophe variants and
/// punctuation do not count, and a typo or two in a name is tolerated (Levenshtein distance).
/// </summary>
public static class ApplicantMatching
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var mapped = c switch
            {
                'і' or 'ї' or 'i' or 'ы' => 'и',
                'є' or 'э' => 'е',
                'ґ' => 'г',
                'ё' => 'е',
                '\'' or '’' or 'ʼ' or '`' or '‘' or '"' => '\0',
                _ when char.IsLetterOrDigit(c) => c,
                _ => ' ',
            };
            if (mapped == '\0') continue;
            if (mapped == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(mapped);
        }
        return sb.ToString().TrimEnd();
    }

    public static string Digits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsDigit).ToArray());
        return digits.Length > 9 ? digits[^9..] : digits; // the subscriber number, with or without +380 / 0
    }

    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Names of up to 5 letters may differ by one letter, longer ones by two.</summary>
    public static bool SameName(string a, string b) => a.Length > 0 && b.Length > 0 && Distance(a, b) <= (Math.Max(a.Length, b.Length) <= 5 ? 1 : 2);
}
