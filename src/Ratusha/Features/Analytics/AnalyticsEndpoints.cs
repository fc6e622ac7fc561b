using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Analytics;

/// <summary>
/// The analytical reports as JSON, XLSX and PDF. Every figure of the JSON carries the link to the appeals list behind
/// it; the PDF is the page printed by the system Chromium (<see cref="PdfPrinter"/>).
/// </summary>
internal static class AnalyticsEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private enum Format { Json, Xlsx, Pdf }

    public static void MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/analytics").WithTags("Аналітика").RequireAuthorization(Policies.Analytics);

        foreach (var format in Enum.GetValues<Format>())
        {
            var suffix = format switch { Format.Xlsx => ".xlsx", Format.Pdf => ".pdf", _ => "" };
            Describe(api.MapGet($"/weekly{suffix}", (string? week, HttpContext http, RatushaDb db, TimeProvider clock, CancellationToken ct) =>
                    Answer(http, format, () => AnalyticsRequests.WeeklyAsync(db, http.User, week, clock, ct), ct)),
                format, "WeeklyAnalysis", "Щотижневий аналіз звернень (п. 6.25): тиждень week=РРРР-Wтт (типово — минулий), порівняння з попереднім тижнем і тим самим тижнем торік");
            Describe(api.MapGet($"/discipline{suffix}", (DateOnly? from, DateOnly? to, string? kind, HttpContext http, RatushaDb db, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct) =>
                    Answer(http, format, () => AnalyticsRequests.DisciplineAsync(db, http.User, from, to, kind, rulebook, clock, ct), ct)),
                format, "ExecutionDiscipline", "Виконавська дисципліна за підрозділами й посадовими особами: доручення зі строком у періоді from–to (типово — з початку кварталу), усіх видів або виду kind (appeal, document…)");
            Describe(api.MapGet($"/statistics{suffix}", (int? year, int? quarter, HttpContext http, RatushaDb db, TimeProvider clock, CancellationToken ct) =>
                    Answer(http, format, () => AnalyticsRequests.StatisticsAsync(db, http.User, year, quarter, clock, ct), ct)),
                format, "AppealStatistics", "Статистичний звіт про звернення за ознаками класифікатора за квартал (year, quarter) або рік (лише year)");
            Describe(api.MapGet($"/control-quarterly{suffix}", (int? year, int? quarter, HttpContext http, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct) =>
                    Answer(http, format, () => AnalyticsRequests.ControlQuarterlyAsync(db, http.User, year, quarter, calendars, rulebook, clock, ct), ct)),
                format, "ControlQuarterly", "Щоквартальна інформація про стан контролю виконання (п. 5.2.9: до 15-го числа); типово — минулий квартал");
        }
    }

    private static void Describe(RouteHandlerBuilder route, Format format, string name, string summary)
    {
        route.WithName(name + format).WithSummary(format switch { Format.Xlsx => summary + " — XLSX", Format.Pdf => summary + " — PDF", _ => summary })
            .ProducesValidationProblem();
        _ = format switch
        {
            Format.Json => route.Produces<AnalyticsReport>(),
            Format.Xlsx => route.Produces(StatusCodes.Status200OK, contentType: Xlsx),
            _ => route.Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status503ServiceUnavailable),
        };
    }

    private static async Task<IResult> Answer(HttpContext http, Format format, Func<Task<Outcome<AnalyticsReport>>> build, CancellationToken ct)
    {
        var printer = http.RequestServices.GetRequiredService<PdfPrinter>();
        if (format == Format.Pdf && !printer.Available)
            return TypedResults.Problem(PdfPrinter.Missing, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Друк у PDF недоступний.");
        var outcome = await build(); // only once the PDF printer is known to be there: no query left running behind a 503
        if (outcome.Value is not { } report) return TypedResults.ValidationProblem(outcome.Errors, title: "Звіт не сформовано: перевірте параметри.");
        var file = $"{report.Code}-{report.Query.Replace("&", "-").Replace("=", "-")}";
        switch (format)
        {
            case Format.Xlsx:
                return TypedResults.File(await ReportXlsx.WriteAsync(report, ct), Xlsx, file + ".xlsx");
            case Format.Pdf:
                var council = await http.RequestServices.GetRequiredService<Ui.CouncilName>().GetAsync();
                var html = await ReportDocument.HtmlAsync(http, report, council);
                return TypedResults.File(await printer.PrintAsync(html, ct), "application/pdf", file + ".pdf");
            default:
                return TypedResults.Ok(report);
        }
    }
}
