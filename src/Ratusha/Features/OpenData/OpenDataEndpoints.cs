using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Ratusha.Data;
using Ratusha.Features.Deadlines;

namespace Ratusha.Features.OpenData;

/// <summary>
/// Open data for anyone, without signing in: the anonymised hotline appeals of a period (at most a year) as CSV or JSON.
/// The files are cacheable for an hour: a past period does not change, and the current one may lag that much.
/// </summary>
internal static class OpenDataEndpoints
{
    public const string CsvPath = "/api/v1/open-data/hotline-appeals.csv";
    public const string JsonPath = "/api/v1/open-data/hotline-appeals.json";

    public static void MapOpenDataEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/open-data").WithTags("Відкриті дані").AllowAnonymous();
        api.MapGet("/hotline-appeals.csv", Csv).WithName("HotlineAppealsCsv")
            .WithSummary("Звернення на гарячі лінії за період (from, to; типово — минулий повний місяць; до 366 днів), знеособлені, CSV UTF-8 (RFC 4180)");
        api.MapGet("/hotline-appeals.json", Json).WithName("HotlineAppealsJson")
            .WithSummary("Звернення на гарячі лінії за період (from, to; типово — минулий повний місяць; до 366 днів), знеособлені, JSON");
    }

    private static Results<PushStreamHttpResult, ValidationProblem> Csv(DateOnly? from, DateOnly? to, HttpContext http, RatushaDb db, TimeProvider clock) =>
        File(from, to, http, clock, "text/csv; charset=utf-8; header=present", "csv",
            (body, period, ct) => DatasetWriters.CsvAsync(body, HotlineAppealsDataset.Columns, HotlineAppealsDataset.RowsAsync(db, period, ct), ct));

    private static Results<PushStreamHttpResult, ValidationProblem> Json(DateOnly? from, DateOnly? to, HttpContext http, RatushaDb db, TimeProvider clock) =>
        File(from, to, http, clock, "application/json; charset=utf-8", "json",
            (body, period, ct) => DatasetWriters.JsonAsync(body, HotlineAppealsDataset.Columns, HotlineAppealsDataset.RowsAsync(db, period, ct), ct));

    private static Results<PushStreamHttpResult, ValidationProblem> File(
        DateOnly? from, DateOnly? to, HttpContext http, TimeProvider clock, string contentType, string extension, Func<Stream, DatasetPeriod, CancellationToken, Task> write)
    {
        var outcome = DatasetPeriod.Resolve(from, to, OfficeDay.Today(clock));
        if (outcome.Value is not { } period) return TypedResults.ValidationProblem(outcome.Errors, title: "Період задано неправильно.");
        http.Response.Headers.CacheControl = "public, max-age=3600";
        var name = string.Create(CultureInfo.InvariantCulture, $"hotline-appeals_{period.From:yyyy-MM-dd}_{period.To:yyyy-MM-dd}.{extension}");
        return TypedResults.Stream(body => write(body, period, http.RequestAborted), contentType, name);
    }
}
