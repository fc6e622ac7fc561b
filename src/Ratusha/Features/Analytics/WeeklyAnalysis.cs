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
        var counts = new AppealCounts(db, scope, await AppealControlRules.JournalIdsAsync(db, ct), periods);
        var classifiers = await AppealTables.ClassifiersAsync(db, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var tables = new AppealTables(periods,
            [$"Тиждень {weeks[0]} ({periods[0]})", $"Попередній тиждень ({periods[1]})", $"Той самий тиждень торік ({periods[2]})"], classifiers);

        var byTopic = await counts.ByAsync(f => f.Topic, ct);
        var report = new AnalyticsReport(Code, Title, $"тиждень {weeks[0]}: {periods[0]}", scope.Describe(departments),
            [
                "Звернення враховано за датою реєстрації; порівняння — з попереднім тижнем і тим самим тижнем минулого року (п. 6.25 Регламенту).",
                "Звернення з кількома категоріями автора враховано в кожній з них.",
                "Населений пункт / вулиця — перша частина адреси заявника (до першої коми).",
            ],
            [
                tables.Totals("Усього звернень", byTopic),
                tables.Classifier("За тематикою", ClassifierLists.Topic, "topic", byTopic),
                tables.Classifier("За формою надходження", ClassifierLists.Channel, "channel", await counts.ByAsync(f => f.Channel, ct)),
                tables.Classifier("За ознакою надходження", ClassifierLists.Sign, "sign", await counts.ByAsync(f => f.Sign, ct)),
                tables.Classifier("За категорією автора", ClassifierLists.Category, "category", await counts.ByCategoryAsync(classifiers.GetValueOrDefault(ClassifierLists.Category, []).Select(e => e.Code), ct), allValues: false),
                tables.Values("За підрозділом, якому адресовано", "Підрозділ", "addressedTo", await counts.ByDepartmentAsync(ct),
                    id => departments.GetValueOrDefault(Guid.Parse(id), "підрозділ"), 50, "не адресовано підрозділу"),
                tables.Values("За населеним пунктом / вулицею", "Населений пункт / вулиця", "place", await counts.ByAsync(f => f.Place, ct), place => place, 30, "адресу не зазначено"),
            ])
        { Query = $"week={weeks[0]}" };
        return report;
    }
}
