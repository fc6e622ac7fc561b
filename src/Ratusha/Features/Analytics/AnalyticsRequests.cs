using System.Security.Claims;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Analytics;

/// <summary>The reports as the pages and the API ask for them: the parameters checked, defaults filled, the scope of the user applied.</summary>
internal static class AnalyticsRequests
{
    public const int MaxDays = 400;

    public static readonly IReadOnlyList<(string Code, string Title, string Description)> Reports =
    [
        (WeeklyAnalysis.Code, WeeklyAnalysis.Title, "Звернення за тиждень за тематикою, формою та ознакою надходження, категорією автора, підрозділом і адресою — поруч із попереднім тижнем і тим самим тижнем торік (п. 6.25 Регламенту)."),
        (ExecutionDiscipline.Code, ExecutionDiscipline.Title, "Доручення всіх видів або одного виду за підрозділами й посадовими особами: відповіли вчасно, із запізненням, прострочено, середній строк відповіді, продовження (п. 2.5 посадової інструкції)."),
        (AppealStatistics.Code, AppealStatistics.Title, "Звернення за квартал або рік за ознаками класифікатора (постанова КМУ №858) порівняно з тим самим періодом торік."),
        (ControlQuarterly.Code, ControlQuarterly.Title, "Щоквартальна інформація про хід виконання документів на контролі, до 15-го числа (п. 5.2.9 Регламенту)."),
    ];

    public static async Task<Outcome<AnalyticsReport>> WeeklyAsync(RatushaDb db, ClaimsPrincipal user, string? week, TimeProvider clock, CancellationToken ct)
    {
        var chosen = IsoWeek.Of(OfficeDay.Today(clock)).Previous;
        if (!string.IsNullOrWhiteSpace(week) && !IsoWeek.TryParse(week, out chosen))
            return Outcome.Invalid<AnalyticsReport>(Outcome.Error("week", "Вкажіть тиждень у форматі РРРР-Wтт, наприклад 2026-W47."));
        return Outcome.Done(await WeeklyAnalysis.BuildAsync(db, AnalyticsScope.Of(user), chosen, ct));
    }

    /// <param name="kind">A kind of controlled item (ControlRules.Kind: appeal, document…); empty or «all» for all of them.</param>
    public static async Task<Outcome<AnalyticsReport>> DisciplineAsync(RatushaDb db, ClaimsPrincipal user, DateOnly? from, DateOnly? to, string? kind,
        ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        kind = string.IsNullOrWhiteSpace(kind) || kind == "all" ? null : kind.Trim();
        if (kind is not null && rulebook.Kinds.All(r => r.Kind != kind))
            return Outcome.Invalid<AnalyticsReport>(Outcome.Error("kind", $"Такого виду документів немає; можливі: {string.Join(", ", rulebook.Kinds.Select(r => r.Kind))} або all."));
        var today = OfficeDay.Today(clock);
        var start = from ?? new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var end = to ?? today;
        if (end < start) return Outcome.Invalid<AnalyticsReport>(Outcome.Error("to", "Кінець періоду не може бути раніше його початку."));
        if (end.DayNumber - start.DayNumber >= MaxDays)
            return Outcome.Invalid<AnalyticsReport>(Outcome.Error("to", $"Період — не довше {MaxDays} днів."));
        return Outcome.Done(await ExecutionDiscipline.BuildAsync(db, AnalyticsScope.Of(user), new DateRange(start, end), today, rulebook, kind, ct));
    }

    public static async Task<Outcome<AnalyticsReport>> StatisticsAsync(RatushaDb db, ClaimsPrincipal user, int? year, int? quarter, TimeProvider clock, CancellationToken ct)
    {
        var (period, errors) = ReportPeriod.From(year, quarter, OfficeDay.Today(clock), quarterRequired: false);
        if (errors.Count > 0) return Outcome.Invalid<AnalyticsReport>(errors);
        return Outcome.Done(await AppealStatistics.BuildAsync(db, AnalyticsScope.Of(user), period, ct));
    }

    public static async Task<Outcome<AnalyticsReport>> ControlQuarterlyAsync(
        RatushaDb db, ClaimsPrincipal user, int? year, int? quarter, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        var today = OfficeDay.Today(clock);
        // By default the quarter last ended: the one whose information is due by the 15th (§5.2.9).
        var lastEnded = new ReportPeriod(today.Year, (today.Month - 1) / 3 + 1).Days.From.AddDays(-1);
        var (period, errors) = ReportPeriod.From(year ?? (quarter is null ? lastEnded.Year : null), quarter ?? (year is null ? (lastEnded.Month - 1) / 3 + 1 : null),
            today, quarterRequired: true);
        if (errors.Count > 0) return Outcome.Invalid<AnalyticsReport>(errors);
        return Outcome.Done(await ControlQuarterly.BuildAsync(db, AnalyticsScope.Of(user), period, await calendars.GetAsync(ct), rulebook, ct));
    }
}
