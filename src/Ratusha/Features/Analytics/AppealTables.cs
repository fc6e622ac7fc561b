using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Classifiers;

namespace Ratusha.Features.Analytics;

/// <summary>Tables of appeal counts by attribute over compared periods, each figure linked to the appeals list.</summary>
internal sealed class AppealTables(IReadOnlyList<DateRange> periods, IReadOnlyList<string> columns, Dictionary<string, List<ClassifierEntry>> classifiers)
{
    public const string NoValue = "none";

    public static async Task<Dictionary<string, List<ClassifierEntry>>> ClassifiersAsync(RatushaDb db, CancellationToken ct) =>
        (await db.ClassifierEntries.AsNoTracking().OrderBy(e => e.SortOrder).ToListAsync(ct))
        .GroupBy(e => e.List).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>A table of a classifier list: every active value in its order, then any other value counted.</summary>
    public ReportTable Classifier(string title, string list, string parameter, Counts counts, bool allValues = true, bool noneLinkable = true)
    {
        var entries = classifiers.GetValueOrDefault(list) ?? [];
        var keys = entries.Where(e => (allValues && e.IsActive) || counts.Keys.Contains(e.Code)).Select(e => e.Code)
            .Concat(counts.Keys.Where(k => entries.All(e => e.Code != k)).Order(StringComparer.Ordinal)).ToList();
        var rows = keys.Select(k => Row(entries.FirstOrDefault(e => e.Code == k)?.Name ?? k, k, parameter, counts)).ToList();
        if (counts.HasNone) rows.Add(Row("не зазначено", null, noneLinkable ? parameter : null, counts));
        rows.Add(TotalRow(counts, parameter is "category" ? null : ""));
        return Table(title, ClassifierLists.Titles.GetValueOrDefault(list, title), rows);
    }

    /// <summary>A table of free values (departments, places) ordered by the first period's count, largest first.</summary>
    public ReportTable Values(string title, string rowHeader, string parameter, Counts counts, Func<string, string> label, int max, string? noneText)
    {
        var keys = counts.Keys.OrderByDescending(k => counts.Of(k, 0)).ThenByDescending(k => counts.Of(k, 1) + counts.Of(k, 2)).ThenBy(label, StringComparer.Ordinal).ToList();
        var rows = keys.Take(max).Select(k => Row(label(k), k, parameter, counts)).ToList();
        if (keys.Count > max)
        {
            var rest = keys.Skip(max).ToList();
            rows.Add(new ReportRow($"інші ({rest.Count})", [.. Enumerable.Range(0, periods.Count).Select(p => new ReportCell(rest.Sum(k => counts.Of(k, p)))), .. Difference(rest.Sum(k => counts.Of(k, 0)), rest.Sum(k => counts.Of(k, 1)))]));
        }
        if (counts.HasNone && noneText is not null) rows.Add(Row(noneText, null, parameter == "place" ? parameter : null, counts));
        rows.Add(TotalRow(counts, ""));
        return Table(title, rowHeader, rows);
    }

    public ReportTable Totals(string title, Counts counts) => Table(title, "Показник", [TotalRow(counts, "", "Зареєстровано звернень") with { Total = false }]);

    private ReportTable Table(string title, string rowHeader, List<ReportRow> rows) =>
        new(title, rowHeader, [.. columns, "Різниця з попереднім періодом"], rows, [.. Enumerable.Range(0, periods.Count)]);

    private ReportRow Row(string label, string? key, string? parameter, Counts counts) => new(label,
        [.. Enumerable.Range(0, periods.Count).Select(p => new ReportCell(counts.Of(key, p), parameter is null ? null : Link(p, parameter, key ?? NoValue))),
            .. Difference(counts.Of(key, 0), counts.Of(key, 1))], key);

    /// <summary>All appeals of each period; <paramref name="parameter"/> null when the rows overlap (categories) and the total is not a list.</summary>
    private ReportRow TotalRow(Counts counts, string? parameter, string label = "Усього") => new(label,
        [.. Enumerable.Range(0, periods.Count).Select(p => new ReportCell(counts.Total(p), parameter is null ? null : Link(p, null, null))),
            .. Difference(counts.Total(0), counts.Total(1))], Total: true);

    private IEnumerable<ReportCell> Difference(int current, int previous) => periods.Count > 1 ? [new ReportCell(current - previous)] : [];

    public string Link(int period, string? parameter, string? value)
    {
        var days = periods[period];
        var link = string.Create(CultureInfo.InvariantCulture, $"/appeals?from={days.From:yyyy-MM-dd}&to={days.To:yyyy-MM-dd}");
        return parameter is null ? link : $"{link}&{parameter}={Uri.EscapeDataString(value!)}";
    }
}
