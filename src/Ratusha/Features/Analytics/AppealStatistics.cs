using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;

namespace Ratusha.Features.Analytics;

/// <summary>
/// The statistical report on appeals by the attributes of the Classifier of appeals (CMU resolution №858) for a
/// quarter or a year, beside the same period a year before.
/// </summary>
internal static class AppealStatistics
{
    public const string Code = "statistics";
    public const string Title = "Статистичний звіт про звернення громадян за ознаками класифікатора";

    public static async Task<AnalyticsReport> BuildAsync(RatushaDb db, AnalyticsScope scope, ReportPeriod period, CancellationToken ct)
    {
        var periods = new[] { period.Days, period.YearBefore.Days };
        var counts = new AppealCounts(db, scope, await AppealControlRules.JournalIdsAsync(db, ct), periods);
        var classifiers = await AppealTables.ClassifiersAsync(db, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var tables = new AppealTables(periods, [$"{period.Title} ({periods[0]})", $"{period.YearBefore.Title} ({periods[1]})"], classifiers);
        var byChannel = await counts.ByAsync(f => f.Channel, ct);
        return new AnalyticsReport(Code, Title, $"{period.Title}: {periods[0]}", scope.Describe(departments),
            [
                "Звернення враховано за датою реєстрації; порівняння — з тим самим періодом минулого року.",
                "Звернення з кількома категоріями автора враховано в кожній з них.",
                "Результат розгляду — за останньою відповіддю відповідального виконавця; «не зазначено» — відповіді ще немає.",
            ],
            [
                tables.Totals("Усього звернень", byChannel),
                tables.Classifier("Форма надходження", ClassifierLists.Channel, "channel", byChannel),
                tables.Classifier("Ознака надходження", ClassifierLists.Sign, "sign", await counts.ByAsync(f => f.Sign, ct)),
                tables.Classifier("Вид звернення", ClassifierLists.Type, "type", await counts.ByAsync(f => f.Type, ct)),
                tables.Classifier("Суб'єкт звернення", ClassifierLists.Subject, "subject", await counts.ByAsync(f => f.Subject, ct)),
                tables.Classifier("Стать автора", ClassifierLists.Sex, "sex", await counts.ByAsync(f => f.Sex, ct)),
                tables.Classifier("Категорія автора", ClassifierLists.Category, "category", await counts.ByCategoryAsync(classifiers.GetValueOrDefault(ClassifierLists.Category, []).Select(e => e.Code), ct)),
                tables.Classifier("Соціальний стан автора", ClassifierLists.SocialStatus, "socialStatus", await counts.ByAsync(f => f.SocialStatus, ct)),
                tables.Classifier("Тематика", ClassifierLists.Topic, "topic", await counts.ByAsync(f => f.Topic, ct)),
                tables.Classifier("Результат розгляду", ClassifierLists.Result, "result", await counts.ByAsync(f => f.Result, ct)),
            ])
        { Query = period.Query };
    }
}
