using System.Globalization;

namespace Ratusha.Ui;

/// <summary>
/// What a text box, a select or a date box of a form holds. Blazor cannot map an empty value to a nullable number,
/// identifier or date, so such fields are strings on the page and read here: empty means "no value".
/// </summary>
public static class FormText
{
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    public static int? Number(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The value of an <c>input type="date"</c>: yyyy-MM-dd.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
