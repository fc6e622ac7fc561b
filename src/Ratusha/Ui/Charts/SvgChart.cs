using System.Globalization;
using System.Net;
using System.Text;

namespace Ratusha.Ui.Charts;

/// <summary>One named row of values, one value per category of the chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// What a chart shows: a title and a description (read by screen readers as the SVG's &lt;title&gt; and &lt;desc&gt;),
/// the categories along the horizontal axis and the series drawn over them. Pages put the same figures in a table
/// next to the chart as its text alternative.
/// </summary>
public sealed record ChartData(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

/// <summary>One figure of a horizontal bar chart: its value, the text it is shown as, and the list behind it.</summary>
public sealed record BarValue(double Value, string Text, string? Link);

/// <summary>One labelled group of bars, one value per series.</summary>
public sealed record BarRow(string Label, IReadOnlyList<BarValue> Values);

/// <summary>A horizontal bar chart: the series' names (the legend) and the rows; the description says where the full figures are.</summary>
public sealed record BarChartData(string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<BarRow> Rows);

/// <summary>
/// Server-rendered SVG charts (grouped bars, lines, horizontal bars with links) for static pages: no script, no inline styles (the content security
/// policy forbids them), colours distinguishable by colour-blind readers and, for lines, by dash pattern too.
/// Every text is HTML-encoded; numbers use the invariant culture.
/// </summary>
public static class SvgChart
{
    /// <summary>Okabe–Ito colours, darkened where they are too light on white.</summary>
    private static readonly string[] Colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8C6D00", "#56B4E9", "#000000", "#7F3C8D"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2", "1 2", "10 2 2 2 2 2"];

    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int AxisLabels = 40;
    private const int LegendRow = 20;
    private const int LegendColumns = 2;

    public static string Line(ChartData data, string id, int width = 720, int height = 320) => Draw(data, id, width, height, bars: false);

    public static string Bar(ChartData data, string id, int width = 720, int height = 320) => Draw(data, id, width, height, bars: true);

    /// <summary>The step of the horizontal grid lines: 1, 2 or 5 times a power of ten, about five lines up to <paramref name="max"/>.</summary>
    public static double Step(double max)
    {
        if (max <= 0) return 1;
        var rough = max / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        return Math.Max(step, 1);
    }

    private static string Draw(ChartData data, string id, int width, int height, bool bars)
    {
        var legendRows = (data.Series.Count + LegendColumns - 1) / LegendColumns;
        var plotBottom = height - AxisLabels - legendRows * LegendRow;
        var plotWidth = width - Left - Right;
        var plotHeight = plotBottom - Top;
        var max = data.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var step = Step(max);
        var top = Math.Max(step, Math.Ceiling(max / step) * step);
        var n = Math.Max(data.Categories.Count, 1);
        var slot = (double)plotWidth / n;
        double Y(double v) => plotBottom - v / top * plotHeight;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{Enc(id)}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{Enc(id)}-title {Enc(id)}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Enc(id)}-title\">{Enc(data.Title)}</title><desc id=\"{Enc(id)}-desc\">{Enc(data.Description)}</desc>");

        // Grid and the vertical axis labels.
        svg.Append("<g class=\"chart-grid\" aria-hidden=\"true\">");
        for (var v = 0.0; v <= top + step / 2; v += step)
        {
            var y = Y(v);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{width - Right}\" y2=\"{F(y)}\" stroke=\"#d5dbe1\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6470\">{Enc(Number(v))}</text>");
        }
        svg.Append("</g>");

        // Category labels, thinned out so that they do not overlap (about 7 px per character at 11 px).
        var longest = data.Categories.Select(c => c.Length).DefaultIfEmpty(1).Max();
        var every = Math.Max(1, (int)Math.Ceiling(longest * 7 / slot));
        svg.Append("<g class=\"chart-categories\" aria-hidden=\"true\">");
        for (var i = 0; i < data.Categories.Count; i += every)
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(Left + slot * (i + 0.5))}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1f24\">{Enc(data.Categories[i])}</text>");
        svg.Append("</g>");

        for (var s = 0; s < data.Series.Count; s++)
        {
            var series = data.Series[s];
            var colour = Colours[s % Colours.Length];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"chart-series\" data-series=\"{Enc(series.Name)}\">");
            if (bars)
            {
                var inner = slot * 0.8;
                var barWidth = inner / Math.Max(data.Series.Count, 1);
                for (var i = 0; i < series.Values.Count && i < data.Categories.Count; i++)
                {
                    var x = Left + slot * i + slot * 0.1 + barWidth * s;
                    var y = Y(series.Values[i]);
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(Math.Max(barWidth - 1, 1))}\" height=\"{F(plotBottom - y)}\" fill=\"{colour}\"><title>{Enc($"{series.Name}, {data.Categories[i]}: {Number(series.Values[i])}")}</title></rect>");
                }
            }
            else
            {
                var points = string.Join(' ', series.Values.Take(data.Categories.Count).Select((v, i) => $"{F(Left + slot * (i + 0.5))},{F(Y(v))}"));
                var dash = Dashes[s % Dashes.Length];
                svg.Append(CultureInfo.InvariantCulture,
                    $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
                for (var i = 0; i < series.Values.Count && i < data.Categories.Count; i++)
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<circle cx=\"{F(Left + slot * (i + 0.5))}\" cy=\"{F(Y(series.Values[i]))}\" r=\"3\" fill=\"{colour}\"><title>{Enc($"{series.Name}, {data.Categories[i]}: {Number(series.Values[i])}")}</title></circle>");
            }
            svg.Append("</g>");
        }

        // Axes over the grid, then the legend: two entries a row under the category labels.
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Left}\" y1=\"{plotBottom}\" x2=\"{width - Right}\" y2=\"{plotBottom}\" stroke=\"#1b1f24\" stroke-width=\"1\" aria-hidden=\"true\"/>");
        svg.Append("<g class=\"chart-legend\">");
        var column = (width - Left - Right) / (double)LegendColumns;
        for (var s = 0; s < data.Series.Count; s++)
        {
            var x = Left + column * (s % LegendColumns);
            var y = plotBottom + AxisLabels + LegendRow * (s / LegendColumns);
            var colour = Colours[s % Colours.Length];
            var dash = Dashes[s % Dashes.Length];
            svg.Append(bars
                ? string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{y - 10}\" width=\"18\" height=\"10\" fill=\"{colour}\"/>")
                : string.Create(CultureInfo.InvariantCulture,
                    $"<line x1=\"{F(x)}\" y1=\"{y - 5}\" x2=\"{F(x + 18)}\" y2=\"{y - 5}\" stroke=\"{colour}\" stroke-width=\"2\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>"));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 24)}\" y=\"{y}\" font-size=\"12\" fill=\"#1b1f24\">{Enc(data.Series[s].Name)}</text>");
        }
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private const int LabelWidth = 250, PlotWidth = 430, ValueWidth = 50, HBar = 12, HGap = 10, LegendHeight = 26;

    /// <summary>
    /// Horizontal bars: one group per row, one bar per series, each bar a link to the list behind its figure (when
    /// it has one and is not zero). Long labels are shortened on the chart and given whole in a tooltip.
    /// </summary>
    public static string? HorizontalBars(BarChartData data, string id)
    {
        var max = data.Rows.SelectMany(r => r.Values.Select(v => v.Value)).DefaultIfEmpty(0).Max();
        if (data.Series.Count == 0 || data.Rows.Count == 0 || max <= 0) return null;
        var groupHeight = data.Series.Count * HBar + HGap;
        var width = LabelWidth + PlotWidth + ValueWidth;
        var height = LegendHeight + data.Rows.Count * groupHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" id=\"{Enc(id)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-labelledby=\"{Enc(id)}-title {Enc(id)}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Enc(id)}-title\">{Enc(data.Title)}</title><desc id=\"{Enc(id)}-desc\">{Enc(data.Description)}</desc>");
        for (var s = 0; s < data.Series.Count; s++)
        {
            var x = LabelWidth + s * 150;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"16\" font-size=\"11\">{Enc(Short(data.Series[s], 22))}</text>");
        }
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var row = data.Rows[r];
            var top = LegendHeight + r * groupHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 6}\" y=\"{top + data.Series.Count * HBar / 2 + 4}\" text-anchor=\"end\" font-size=\"12\">{Enc(Short(row.Label, 38))}<title>{Enc(row.Label)}</title></text>");
            for (var s = 0; s < data.Series.Count && s < row.Values.Count; s++)
            {
                var value = row.Values[s];
                var length = value.Value / max * PlotWidth;
                var y = top + s * HBar;
                var bar = string.Create(CultureInfo.InvariantCulture,
                    $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{F(Math.Max(length, value.Value > 0 ? 1 : 0))}\" height=\"{HBar - 2}\" fill=\"{Colours[s % Colours.Length]}\"><title>{Enc($"{row.Label} — {data.Series[s]}: {value.Text}")}</title></rect>");
                svg.Append(value.Link is { } link && value.Value > 0 ? $"<a href=\"{Enc(link)}\">{bar}</a>" : bar);
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(LabelWidth + length + 4)}\" y=\"{y + HBar - 3}\" font-size=\"10\">{Enc(value.Text)}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
