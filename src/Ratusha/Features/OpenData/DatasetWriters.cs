using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Ratusha.Features.OpenData;

/// <summary>
/// The dataset as files, written row by row as the rows arrive: CSV by RFC 4180 (comma, CRLF, a header row, fields with a
/// comma, a quote or a line break in double quotes, quotes doubled) in UTF-8 without a byte-order mark, as data.gov.ua
/// takes it; JSON as an array of objects named by the same columns, absent values null.
/// </summary>
internal static class DatasetWriters
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JavaScriptEncoder Readable = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic, UnicodeRanges.GeneralPunctuation, UnicodeRanges.Latin1Supplement);

    public static async Task CsvAsync(Stream body, IReadOnlyList<DatasetColumn> columns, IAsyncEnumerable<HotlineAppealRecord> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => Field(c.Name))));
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(c => Field(c.Value(row)))));
            if (++count % 500 == 0) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    public static async Task JsonAsync(Stream body, IReadOnlyList<DatasetColumn> columns, IAsyncEnumerable<HotlineAppealRecord> rows, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Readable, Indented = false });
        json.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            foreach (var column in columns)
            {
                if (column.Value(row) is { } value) json.WriteString(column.Name, value);
                else json.WriteNull(column.Name);
            }
            json.WriteEndObject();
            if (++count % 500 == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    /// <summary>One CSV field by RFC 4180 §2.6–2.7.</summary>
    internal static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
