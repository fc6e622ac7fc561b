using System.Globalization;
using System.Text;
using System.Security;

namespace Ratusha.Features.Analytics;

/// <summary>
/// A horizontal bar chart of a report table, drawn on the server as SVG: one group of bars per row, one bar per
/// charted column, each bar a link to the list behind its figure. The SVG names itself (role="img", title, desc) and
/// points to its table, which is the text alternative with every figure.
/// </summary>
internal static class SvgChart
{
    private const int LabelWidth = 250, PlotWidth = 430, ValueWidth = 50, Bar = 12, Gap = 10, LegendHeight = 26;
    private static readonly string[] Colours = ["#1f5fa8", "#e08a1e", "#6b8e23", "#8e44ad"];

    public static string? Bars(ReportTable table, string id)
    {
        var rows = table.Rows.Where(r => !r.Total).ToList();
        var series = table.Chart;
        if (series.Count == 0 || rows.Count == 0) return null;
        var max = rows.SelectMany(r => series.Select(s => r.Cells[s].Value ?? 0)).DefaultIfEmpty(0).Max();
        if (max <= 0) return null;

        var groupHeight = series.Count * Bar + Gap;
        var width = LabelWidth + PlotWidth + ValueWidth;
        var height = LegendHeight + rows.Count * groupHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(table.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">Стовпчикова діаграма: {E(table.RowHeader.ToLowerInvariant())} — {E(string.Join(", ", series.Select(s => table.Columns[s])))}. "
            + $"Найбільше значення — {E(Number(max))}. Усі значення — у таблиці «{E(table.Title)}» нижче.</desc>");
        for (var s = 0; s < series.Count; s++)
        {
            var x = LabelWidth + s * 150;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"16\" font-size=\"11\">{E(Short(table.Columns[series[s]], 22))}</text>");
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var top = LegendHeight + r * groupHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{top + series.Count * Bar / 2 + 4}\" text-anchor=\"end\" font-size=\"12\">{E(Short(row.Label, 38))}<title>{E(row.Label)}</title></text>");
            for (var s = 0; s < series.Count; s++)
            {
                var cell = row.Cells[series[s]];
                var value = cell.Value ?? 0;
                var length = (double)(value / max) * PlotWidth;
                var y = top + s * Bar;
                var bar = string.Create(CultureInfo.InvariantCulture,
                    $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(length, value > 0 ? 1 : 0):0.#}\" height=\"{Bar - 2}\" fill=\"{Colours[s % Colours.Length]}\"><title>{E(row.Label)} — {E(table.Columns[series[s]])}: {E(cell.Text)}</title></rect>");
                svg.Append(cell.Link is { } link && value > 0 ? $"<a href=\"{E(link)}\">{bar}</a>" : bar);
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{y + Bar - 3}\" font-size=\"10\">{E(cell.Text)}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Number(decimal value) => new ReportCell(value).Text;

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string E(string text) => SecurityElement.Escape(text);
}
