namespace Ratusha.Features.Analytics;

/// <summary>A report as an XLSX workbook: a sheet «Звіт» with the title, period and notes, then one sheet per table.</summary>
internal static class ReportXlsx
{
    public static async Task<MemoryStream> WriteAsync(AnalyticsReport report, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Звіт"] = new[]
            {
                new Dictionary<string, object?> { ["Звіт"] = report.Title },
                new Dictionary<string, object?> { ["Звіт"] = $"Період: {report.Period}" },
                new Dictionary<string, object?> { ["Звіт"] = $"Враховано: {report.Scope}" },
            }.Concat(report.Notes.Select(n => new Dictionary<string, object?> { ["Звіт"] = n })).ToList(),
        };
        for (var t = 0; t < report.Tables.Count; t++)
        {
            var table = report.Tables[t];
            var rows = table.Rows.Select(r =>
            {
                var row = new Dictionary<string, object?> { [table.RowHeader] = r.Label };
                for (var c = 0; c < table.Columns.Count; c++) row[table.Columns[c]] = r.Cells[c].Value;
                return row;
            }).ToList();
            sheets[SheetName(table.Title, t, sheets.Keys)] = rows;
        }
        var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: ct);
        stream.Position = 0;
        return stream;
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique.</summary>
    private static string SheetName(string title, int index, IEnumerable<string> taken)
    {
        var clean = new string([.. title.Where(ch => "[]:*?/\\".IndexOf(ch) < 0)]).Trim();
        var name = clean.Length > 28 ? clean[..28] : clean;
        return taken.Contains(name) ? $"{name[..Math.Min(name.Length, 26)]} {index + 1}" : name;
    }
}
