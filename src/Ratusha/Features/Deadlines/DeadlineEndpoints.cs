using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Ratusha.Calendar;

namespace Ratusha.Features.Deadlines;

public sealed record DeadlineResponse(string Rule, string From, string Due, IReadOnlyList<string> Explanation, string Name, string Source);
public sealed record CalendarDayResponse(string Date, string Kind, string Reason, bool IsWorking);
public sealed record CalendarYearResponse(int Year, IReadOnlyList<CalendarDayResponse> Days);
public sealed record LegalTermResponse(string Code, string Name, string Rule, string Source);

internal static class DeadlineEndpoints
{
    public static void MapDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Строки та календар").AllowAnonymous();
        api.MapGet("/deadlines", Compute).WithName("ComputeDeadline")
            .WithSummary("Строк за правилом закону від дати реєстрації, з поясненням кожного кроку");
        api.MapGet("/deadlines/rules", ListRules).WithName("ListDeadlineRules").WithSummary("Правила строків, які знає система");
        api.MapGet("/calendar/{year}", Year).WithName("CalendarYear").WithSummary("Неробочі дні року з причинами");
    }

    private static async Task<Results<Ok<DeadlineResponse>, ValidationProblem>> Compute(
        string? rule, string? from, CalendarStore calendars, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var term = string.IsNullOrWhiteSpace(rule) ? null : LegalTerms.Find(rule.Trim());
        if (term is null)
            errors["rule"] = [string.IsNullOrWhiteSpace(rule)
                ? "Вкажіть правило строку (rule)."
                : $"Невідоме правило «{rule}». Відомі: {string.Join(", ", LegalTerms.All.Select(t => t.Code))}."];
        if (!TryParseDate(from, out var start))
            errors["from"] = ["Вкажіть дату початку (from) у форматі рррр-ММ-дд, наприклад 2026-11-23."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Некоректні параметри запиту.");

        var calendar = await calendars.GetAsync(ct);
        var result = Deadlines.Compute(term!, start, calendar);
        return TypedResults.Ok(new DeadlineResponse(term!.Code, Iso(start), Iso(result.Due), result.Explanation, term.Name, term.Source));
    }

    private static Ok<LegalTermResponse[]> ListRules() =>
        TypedResults.Ok(LegalTerms.All.Select(t => new LegalTermResponse(t.Code, t.Name, t.Rule.Describe(), t.Source)).ToArray());

    private static async Task<Results<Ok<CalendarYearResponse>, ValidationProblem>> Year(string year, CalendarStore calendars, CancellationToken ct)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["year"] = ["Рік має бути числом від 2000 до 2100."] },
                title: "Некоректні параметри запиту.");
        var calendar = await calendars.GetAsync(ct);
        var days = calendar.NotableDays(y).Select(d => new CalendarDayResponse(Iso(d.Date), d.Kind.ToString(), d.Reason, d.IsWorking)).ToList();
        return TypedResults.Ok(new CalendarYearResponse(y, days));
    }

    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 2000 and <= 2100;

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
