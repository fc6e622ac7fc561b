using System.Text;

namespace Ratusha.Features.Demo;

/// <summary>Ukrainian to Latin by the official table (CMU resolution №55 of 27.01.2010), simplified to its initial-letter forms.</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Table = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "h",
        ['ґ'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['є'] = "ie",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "y",
        ['і'] = "i",
        ['ї'] = "i",
        ['й'] = "i",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ь'] = "",
        ['ю'] = "iu",
        ['я'] = "ia",
        ['\''] = "",
        ['’'] = "",
    };

    public static string Latin(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text.ToLowerInvariant())
            sb.Append(Table.TryGetValue(c, out var latin) ? latin : c.ToString());
        return sb.ToString();
    }
}
