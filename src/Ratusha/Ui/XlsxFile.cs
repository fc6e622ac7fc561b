using Microsoft.AspNetCore.Http.HttpResults;

namespace Ratusha.Ui;

/// <summary>A list exported as an XLSX download (MiniExcel: one sheet, a header row from the row type's names).</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileStreamHttpResult> OfAsync(object rows, string fileName, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, rows, cancellationToken: ct);
        stream.Position = 0;
        return TypedResults.File(stream, ContentType, fileName);
    }
}
