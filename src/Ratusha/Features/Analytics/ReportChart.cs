using Ratusha.Ui.Charts;

namespace Ratusha.Features.Analytics;

/// <summary>
/// The chart of a report table (<see cref="Ui.Charts.SvgChart.HorizontalBars"/>): one group of bars per row, one bar
/// per charted column, each bar a link to the list behind its figure. The table is the text alternative.
/// </summary>
internal static class ReportChart
{
    public static string? Of(ReportTable table, string id)
    {
        var rows = table.Rows.Where(r => !r.Total).ToList();
        var series = table.Chart;
        if (series.Count == 0 || rows.Count == 0) return null;
        var max = rows.SelectMany(r => series.Select(s => r.Cells[s].Value ?? 0)).DefaultIfEmpty(0).Max();
        return SvgChart.HorizontalBars(new BarChartData(table.Title,
            $"Стовпчикова діаграма: {table.RowHeader.ToLowerInvariant()} — {string.Join(", ", series.Select(s => table.Columns[s]))}. "
            + $"Найбільше значення — {new ReportCell(max).Text}. Усі значення — у таблиці «{table.Title}» нижче.",
            [.. series.Select(s => table.Columns[s])],
            [.. rows.Select(r => new BarRow(r.Label, [.. series.Select(s => new BarValue((double)(r.Cells[s].Value ?? 0), r.Cells[s].Text, r.Cells[s].Link))]))]), id);
    }
}
