using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Hotlines;

/// <summary><c>Hotlines:MaxImportBytes</c>: the largest export accepted through the web (default 20 MB); the host command takes any size.</summary>
public sealed class HotlineOptions
{
    public long MaxImportBytes { get; set; } = 20 * 1024 * 1024;
}

public sealed record HotlineControlView(IReadOnlyList<HotlineControlItem> NotReported, IReadOnlyList<HotlineControlItem> Overdue);

/// <summary>
/// The hotline journals (§6.2): import of the contact centres' exports, the column mapping per source, the report
/// back (XLSX per period, and by hand per appeal), control of what is not reported back or overdue.
/// </summary>
internal static class HotlineEndpoints
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapHotlineEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/hotlines").WithTags("Гарячі лінії").RequireAuthorization(Policies.Hotline);
        api.MapPost("/{source}/imports", Import).DisableAntiforgery().WithName("ImportHotlineFile")
            .WithSummary("Імпорт вивантаження контактного центру (source: 1545 або regional): multipart/form-data, поле «file», CSV або XLSX до Hotlines:MaxImportBytes (типово 20 МБ). Повторне звернення з тим самим номером не реєструється; рядки з помилками — з номером і причиною");
        api.MapGet("/{source}/mapping", Mapping).WithName("HotlineMapping").WithSummary("Збережена відповідність стовпців файлу контактного центру полям звернення");
        api.MapPut("/{source}/mapping", SaveMapping).WithName("SaveHotlineMapping").WithSummary("Зберегти відповідність стовпців (заголовок → поле; порожнє поле — стовпець не читати)");
        api.MapGet("/{source}/report-back.xlsx", Export).WithName("HotlineReportBackExport")
            .WithSummary("Звіт контактному центру за період (from, to): відповіді й стан звернень у форматі XLSX; кожне звернення з результатом позначається як звітоване цим файлом");
        api.MapGet("/{source}/control", Control).WithName("HotlineControl").WithSummary("Контроль: відповіді, про які ще не звітовано контактному центру, і прострочені звернення");
        api.MapGet("/appeals/{id:guid}/report-backs", ReportBacks).WithName("HotlineReportBacks").WithSummary("Коли і як контактному центру повідомлено результат розгляду звернення");
        api.MapPost("/appeals/{id:guid}/report-backs", Record).WithName("RecordHotlineReportBack")
            .WithSummary("Зазначити звіт контактному центру вручну (portal, email, phone, letter)");
    }

    private static async Task<Results<Ok<HotlineImportReport>, NotFound, ValidationProblem>> Import(
        string source, HttpRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor,
        IOptions<HotlineOptions> options, CancellationToken ct)
    {
        if (HotlineSource.Find(source) is not { } hotline) return TypedResults.NotFound();
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(Outcome.Error("file", "Надішліть файл як multipart/form-data у полі «file»."), title: "Файл не імпортовано.");
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxImportBytes + 64 * 1024;
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return TypedResults.ValidationProblem(Outcome.Error("file", HotlineUpload.TooBig(options.Value)), title: "Файл не імпортовано.");
        }
        var outcome = await HotlineUpload.RunAsync(db, calendars, clock, actor, options.Value, hotline, file, ct);
        return outcome.Value is { } report ? TypedResults.Ok(report) : TypedResults.ValidationProblem(outcome.Errors, title: "Файл не імпортовано.");
    }

    private static async Task<Results<Ok<MappingView>, NotFound>> Mapping(string source, RatushaDb db, CancellationToken ct) =>
        HotlineSource.Find(source) is { } hotline ? TypedResults.Ok(await HotlineMappingSave.ViewAsync(db, hotline, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<MappingView>, NotFound, ValidationProblem>> SaveMapping(string source, MappingLine[] lines, RatushaDb db, CancellationToken ct)
    {
        if (HotlineSource.Find(source) is not { } hotline) return TypedResults.NotFound();
        var outcome = await HotlineMappingSave.RunAsync(db, hotline, lines, ct);
        return outcome.Value is { } view ? TypedResults.Ok(view) : TypedResults.ValidationProblem(outcome.Errors, title: "Відповідність не збережено.");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Export(
        string source, DateOnly? from, DateOnly? to, RatushaDb db, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        if (HotlineSource.Find(source) is not { } hotline) return TypedResults.NotFound();
        var today = OfficeDay.Today(clock);
        var (start, end) = (from ?? new DateOnly(today.Year, today.Month, 1), to ?? today);
        if (end < start) return TypedResults.ValidationProblem(Outcome.Error("to", "Кінець періоду раніше за його початок."), title: "Звіт не сформовано.");
        var bytes = await ReportBack.ExportAsync(db, clock, actor, hotline, start, end, ct);
        return TypedResults.File(bytes, Xlsx, $"zvit-{hotline.Code}-{start:yyyyMMdd}-{end:yyyyMMdd}.xlsx");
    }

    private static async Task<Results<Ok<HotlineControlView>, NotFound>> Control(string source, RatushaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (HotlineSource.Find(source) is not { } hotline) return TypedResults.NotFound();
        return TypedResults.Ok(new HotlineControlView(
            await ReportBack.NotReportedAsync(db, hotline, ct), await ReportBack.OverdueAsync(db, hotline, OfficeDay.Today(clock), ct)));
    }

    /// <summary>Whether the user sees this appeal (the hotline specialist: hotline appeals; the registrar: all).</summary>
    private static Task<bool> SeesAsync(RatushaDb db, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        AppealAccess.Of(user).Rows(db).AnyAsync(x => x.a.Id == id, ct);

    private static async Task<Results<Ok<ReportBackView[]>, NotFound>> ReportBacks(Guid id, ClaimsPrincipal user, RatushaDb db, CancellationToken ct) =>
        await SeesAsync(db, user, id, ct) ? TypedResults.Ok((await ReportBack.OfAppealAsync(db, id, ct)).ToArray()) : TypedResults.NotFound();

    private static async Task<Results<Created<ReportBackView[]>, NotFound, ValidationProblem>> Record(
        Guid id, ReportBackRequest request, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        if (!await SeesAsync(db, user, id, ct)) return TypedResults.NotFound();
        var outcome = await ReportBack.RecordAsync(db, clock, actor, id, request, ct);
        if (outcome.Value is null)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Звіт не зазначено.");
        return TypedResults.Created($"/api/v1/hotlines/appeals/{id}/report-backs", (await ReportBack.OfAppealAsync(db, id, ct)).ToArray());
    }
}

/// <summary>An uploaded export: checked (a file, within the size, CSV or XLSX by name and first bytes) and imported.</summary>
internal static class HotlineUpload
{
    public static string TooBig(HotlineOptions options) =>
        $"Файл завеликий: до {options.MaxImportBytes / (1024 * 1024)} МБ. Більший файл розділіть або імпортуйте командою import-hotline на сервері.";

    public static async Task<Outcome<HotlineImportReport>> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, HotlineOptions options, HotlineSource source,
        IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Outcome.Invalid<HotlineImportReport>(Outcome.Error("file", "Оберіть файл вивантаження (CSV або XLSX)."));
        if (file.Length > options.MaxImportBytes) return Outcome.Invalid<HotlineImportReport>(Outcome.Error("file", TooBig(options)));
        await using var stream = file.OpenReadStream();
        return await ImportAsync(db, calendars, clock, actor, source, file.FileName, stream, ct);
    }

    /// <summary>Any seekable stream of an export, from the web or from the host command.</summary>
    public static async Task<Outcome<HotlineImportReport>> ImportAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, HotlineSource source, string fileName, Stream stream, CancellationToken ct)
    {
        var head = new byte[4096];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        stream.Position = 0;
        if (HotlineFile.Detect(fileName, head.AsSpan(0, read)) is not { } kind)
            return Outcome.Invalid<HotlineImportReport>(Outcome.Error("file", HotlineFile.WrongType));
        return await HotlineImport.RunAsync(db, calendars, clock, actor, source, stream, kind, ct);
    }
}

/// <summary>The header row of an uploaded export, for the mapping screen.</summary>
internal static class HotlineHeaders
{
    public static async Task<Outcome<List<string>>> ReadAsync(IFormFile? file, HotlineOptions options, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Outcome.Invalid<List<string>>(Outcome.Error("file", "Оберіть файл вивантаження (CSV або XLSX)."));
        if (file.Length > options.MaxImportBytes) return Outcome.Invalid<List<string>>(Outcome.Error("file", HotlineUpload.TooBig(options)));
        await using var stream = file.OpenReadStream();
        var head = new byte[4096];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        stream.Position = 0;
        if (HotlineFile.Detect(file.FileName, head.AsSpan(0, read)) is not { } kind)
            return Outcome.Invalid<List<string>>(Outcome.Error("file", HotlineFile.WrongType));
        try
        {
            var header = HotlineFile.Rows(stream, kind).FirstOrDefault();
            var headers = header?.Cells.Select(HotlineImport.Text).OfType<string>().ToList() ?? [];
            return headers.Count == 0
                ? Outcome.Invalid<List<string>>(Outcome.Error("file", "Файл порожній: немає рядка заголовків."))
                : Outcome.Done(headers);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            return Outcome.Invalid<List<string>>(Outcome.Error("file", "Файл пошкоджено або це не таблиця: його не вдалося прочитати."));
        }
    }
}
