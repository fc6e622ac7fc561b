using System.Text;
using MiniExcelLibs;

namespace Ratusha.Features.Hotlines;

/// <summary>
/// A contact centre's export read row by row, never whole: CSV (RFC 4180; comma, semicolon or tab; UTF-8 or
/// Windows-1251, as the centres' spreadsheets save it) or XLSX. The first row is the header; each row comes with its
/// number as the spreadsheet shows it (the header is row 1).
/// </summary>
internal static class HotlineFile
{
    public enum Kind { Csv, Xlsx }

    public sealed record Row(int Number, object?[] Cells);

    public const string WrongType = "Файл має бути вивантаженням контактного центру у форматі CSV або XLSX.";

    /// <summary>What the file is, by its name and its first bytes; null when it is neither CSV nor XLSX.</summary>
    public static Kind? Detect(string? fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension == ".xlsx") return head.StartsWith("PK\u0003\u0004"u8) ? Kind.Xlsx : null;
        if (extension is ".csv" or ".txt") return head.Length > 0 && !head.StartsWith("PK\u0003\u0004"u8) && !head.Contains((byte)0) ? Kind.Csv : null;
        return null;
    }

    /// <summary>The header row, then the data rows; <paramref name="stream"/> must be seekable.</summary>
    public static IEnumerable<Row> Rows(Stream stream, Kind kind) => kind == Kind.Xlsx ? XlsxRows(stream) : CsvRows(stream);

    private static IEnumerable<Row> XlsxRows(Stream stream)
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            yield return new Row(number, [.. row.Values]);
        }
    }

    private static IEnumerable<Row> CsvRows(Stream stream)
    {
        var (encoding, delimiter) = Sniff(stream);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var number = 0;
        foreach (var record in Records(reader, delimiter))
        {
            number++;
            yield return new Row(number, record);
        }
    }

    /// <summary>
    /// From the first 64 KB: UTF-8 when the file starts with its mark or the sample is valid UTF-8, Windows-1251
    /// otherwise; the delimiter is whichever of ; , tab the header line has most of outside quotes.
    /// </summary>
    internal static (Encoding Encoding, char Delimiter) Sniff(Stream stream)
    {
        var start = stream.Position;
        var head = new byte[64 * 1024];
        var read = 0;
        while (read < head.Length && stream.Read(head, read, head.Length - read) is > 0 and var n) read += n;
        stream.Position = start;
        var span = head.AsSpan(0, read);

        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var b in span)
        {
            if (b == '"') quoted = !quoted;
            else if (!quoted && b is (byte)'\n' or (byte)'\r') break;
            else if (!quoted && counts.ContainsKey((char)b)) counts[(char)b]++;
        }
        var delimiter = counts.MaxBy(c => c.Value) is { Value: > 0 } most ? most.Key : ',';

        if (span.StartsWith(Encoding.UTF8.Preamble)) return (new UTF8Encoding(false), delimiter);
        if (read == head.Length)
        {
            // The sample may end inside a character: cut it at the last plain ASCII byte.
            var cut = span.LastIndexOfAnyInRange((byte)0, (byte)0x7F);
            span = span[..(cut + 1)];
        }
        var encoding = System.Text.Unicode.Utf8.IsValid(span) ? new UTF8Encoding(false) : CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        return (encoding, delimiter);
    }

    /// <summary>RFC 4180 records: quoted fields may hold delimiters, quotes ("") and line breaks; CRLF, LF or CR end a record.</summary>
    internal static IEnumerable<string[]> Records(TextReader reader, char delimiter)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            if (ch == '"' && !fieldStarted) { quoted = true; fieldStarted = true; continue; }
            if (ch == delimiter)
            {
                record.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                continue;
            }
            if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                record.Add(field.ToString());
                yield return [.. record];
                field.Clear();
                record.Clear();
                fieldStarted = false;
                continue;
            }
            field.Append(ch);
            fieldStarted = true;
        }
        if (fieldStarted || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return [.. record];
        }
    }
}
