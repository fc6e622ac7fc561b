using System.Globalization;

namespace Ratusha.Features.Analytics;

/// <summary>
/// One analytical report as every output shows it — the page, the JSON of the API, the XLSX workbook and the PDF:
/// a title, the period, whose appeals it counts, notes on how it counts, and tables of figures. Each figure carries
/// the link to the list of appeals behind it, where the list can show them.
/// </summary>
public sealed record AnalyticsReport(string Code, string Title, string Period, string Scope, IReadOnlyList<string> Notes, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>The query string that asks for this report again (for the XLSX, PDF and JSON links).</summary>
    public string Query { get; init; } = "";
}

/// <param name="RowHeader">What the rows are (тематика, підрозділ…).</param>
/// <param name="Chart">The columns drawn as bars (indexes into <paramref name="Columns"/>); empty for a table without a chart.</param>
public sealed record ReportTable(string Title, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, IReadOnlyList<int> Chart);

/// <param name="Key">The code the row stands for (a classifier code, a department's id), when it has one.</param>
/// <param name="Total">The summary row of the table.</param>
public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells, string? Key = null, bool Total = false);

/// <summary>A figure (null: not applicable) and the list of appeals behind it.</summary>
public sealed record ReportCell(decimal? Value, string? Link = null)
{
    public string Text => Value is not { } v ? "—"
        : v == decimal.Truncate(v) ? v.ToString("0", CultureInfo.InvariantCulture)
        : v.ToString("0.0", CultureInfo.GetCultureInfo("uk-UA"));
}

/// <summary>A period of registration dates, both ends included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>A range that holds no day: a bucket nobody asked for.</summary>
    public static readonly DateRange None = new(DateOnly.MaxValue, DateOnly.MinValue);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public override string ToString() => $"{Ui.Formats.Date(From)}–{Ui.Formats.Date(To)}";
}

/// <summary>An ISO week, «2026-W48»: Monday to Sunday.</summary>
public readonly record struct IsoWeek(int Year, int Number)
{
    public DateRange Days
    {
        get
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));
            return new DateRange(monday, monday.AddDays(6));
        }
    }

    public IsoWeek Previous => Of(Days.From.AddDays(-7));

    /// <summary>The week of the same number a year before (the 52nd when that year has no 53rd).</summary>
    public IsoWeek SameLastYear => new(Year - 1, Math.Min(Number, ISOWeek.GetWeeksInYear(Year - 1)));

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var parts = text?.Trim().Split("-W", StringSplitOptions.None);
        if (parts is not [var y, var n]
            || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100
            || !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Number:00}");
}

/// <summary>A quarter (1–4) or, without a quarter, the whole year.</summary>
public readonly record struct ReportPeriod(int Year, int? Quarter)
{
    public DateRange Days
    {
        get
        {
            var from = new DateOnly(Year, Quarter is { } q ? (q - 1) * 3 + 1 : 1, 1);
            return new DateRange(from, from.AddMonths(Quarter is null ? 12 : 3).AddDays(-1));
        }
    }

    public ReportPeriod YearBefore => this with { Year = Year - 1 };

    public string Title => Quarter is { } q ? $"{q} квартал {Year} року" : $"{Year} рік";

    public string Query => Quarter is { } q ? $"year={Year}&quarter={q}" : $"year={Year}";

    /// <summary>The period asked for, or the errors in Ukrainian keyed by parameter.</summary>
    public static (ReportPeriod Period, Dictionary<string, string[]> Errors) From(int? year, int? quarter, DateOnly today, bool quarterRequired)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is < 2000 or > 2100) errors["year"] = ["Рік — від 2000 до 2100."];
        if (quarter is < 1 or > 4) errors["quarter"] = ["Квартал — від 1 до 4."];
        var lastQuarter = (today.Month - 1) / 3 + 1;
        var period = new ReportPeriod(year ?? today.Year, quarter ?? (quarterRequired || year is null ? lastQuarter : null));
        return (period, errors);
    }
}
