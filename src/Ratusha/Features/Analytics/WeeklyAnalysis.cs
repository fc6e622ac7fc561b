using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;

namespace Ratusha.Features.Analytics;

/// <summary>
/// The weekly analysis of appeals for the head of staff (§6.25 of the Regulation): the appeals registered in a week by
/// topic, channel, sign of receipt, category of the author, the department they are addressed to and the street or
/// settlement of the address, beside the week before and the same week a year before. Only the three weeks are read.
/// </summary>
internal static class WeeklyAnalysis
{
    public const string Code = "weekly";
    public const string Title = "Щотижневий аналіз звернень громадян";

    public static async Task<AnalyticsReport> BuildAsync(RatushaDb db, AnalyticsScope scope, IsoWeek week, CancellationToken ct)
    {
        IsoWeek[] weeks = [week, week.Previous, week.SameLastYear];
        var periods = weeks.Select(w => w.Days).ToList();
        var classifiers = await AppealTables.ClassifiersAsync(db, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var tables = new AppealTables(periods,
            [$"Тиждень {weeks[0]} ({periods[0]})", $"Попередній тиждень ({periods[1]})", $"Той самий тиждень торік ({periods[2]})"], classifiers);
        var by = await CountsAsync(db, scope, periods, classifiers, ct);
        var byTopic = by[AppealTallies.Topic];
        var report = new AnalyticsReport(Code, Title, $"тиждень {weeks[0]}: {periods[0]}", scope.Describe(departments),
            [
                "Звернення враховано за датою реєстрації; порівняння — з попереднім тижнем і тим самим тижнем минулого року (п. 6.25 Регламенту).",
                "Звернення з кількома категоріями автора враховано в кожній з них.",
                "Населений пункт / вулиця — перша частина адреси заявника (до першої коми).",
            ],
            [
                tables.Totals("Усього звернень", byTopic),
                tables.Classifier("За тематикою", ClassifierLists.Topic, "topic", byTopic),
                tables.Classifier("За формою надходження", ClassifierLists.Channel, "channel", by[AppealTallies.Channel]),
                tables.Classifier("За ознакою надходження", ClassifierLists.Sign, "sign", by[AppealTallies.Sign]),
                tables.Classifier("За категорією автора", ClassifierLists.Category, "category", by[AppealTallies.Category], allValues: false),
                tables.Values("За підрозділом, якому адресовано", "Підрозділ", "addressedTo", by[AppealTallies.Department],
                    id => departments.GetValueOrDefault(Guid.Parse(id), "підрозділ"), 50, "не адресовано підрозділу"),
                tables.Values("За населеним пунктом / вулицею", "Населений пункт / вулиця", "place", by[AppealTallies.Place], place => place, 30, "адресу не зазначено"),
            ])
        { Query = $"week={weeks[0]}" };
        return report;
    }

    /// <summary>
    /// The counts of the three weeks by attribute. The council-wide and the hotline scopes read the daily tallies kept
    /// at registration (<see cref="AppealTallies"/>), so the report costs the same at any size of the archive; a
    /// department's scope depends on its assignments, which change, and is counted from the appeals themselves.
    /// </summary>
    private static async Task<Dictionary<string, Counts>> CountsAsync(RatushaDb db, AnalyticsScope scope, List<DateRange> periods,
        Dictionary<string, List<Classifiers.ClassifierEntry>> classifiers, CancellationToken ct)
    {
        string[] attributes = [AppealTallies.Topic, AppealTallies.Channel, AppealTallies.Sign, AppealTallies.Category, AppealTallies.Department, AppealTallies.Place];
        var by = new Dictionary<string, Counts>();
        if (scope.DepartmentId is null)
        {
            IReadOnlyCollection<string>? channels = scope.All ? null : scope.Hotline ? [ClassifierLists.Hotline1545, ClassifierLists.RegionalHotline] : [];
            foreach (var attribute in attributes) by[attribute] = await AppealTallies.CountAsync(db, periods, attribute, channels, ct);
            return by;
        }
        var counts = new AppealCounts(db, scope, await AppealControlRules.JournalIdsAsync(db, ct), periods);
        by[AppealTallies.Topic] = await counts.ByAsync(f => f.Topic, ct);
        by[AppealTallies.Channel] = await counts.ByAsync(f => f.Channel, ct);
        by[AppealTallies.Sign] = await counts.ByAsync(f => f.Sign, ct);
        by[AppealTallies.Category] = await counts.ByCategoryAsync(classifiers.GetValueOrDefault(ClassifierLists.Category, []).Select(e => e.Code), ct);
        by[AppealTallies.Department] = await counts.ByDepartmentAsync(ct);
        by[AppealTallies.Place] = await counts.ByAsync(f => f.Place, ct);
        return by;
    }
}
