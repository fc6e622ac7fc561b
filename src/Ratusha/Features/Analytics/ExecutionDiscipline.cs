using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;

namespace Ratusha.Features.Analytics;

/// <summary>
/// Execution discipline in considering appeals, by department and by official (seed 000 §2.2, §2.5): of the
/// assignments whose term falls in the period, how many were answered on time, how many late, how many are overdue
/// today, the average number of days from the resolution to the answer, and the extensions used. One
/// <c>GROUP BY (department, executor)</c> over the assignments whose due date is in the range; department totals
/// are the sums of their officials' rows.
/// </summary>
internal static class ExecutionDiscipline
{
    public const string Code = "discipline";
    public const string Title = "Виконавська дисципліна з розгляду звернень громадян";

    /// <summary>What a figure of the report counts; the appeals list filters by the same words (filter «execution»).</summary>
    public static class Measures
    {
        public const string Assigned = "assigned";
        public const string OnTime = "on-time";
        public const string Late = "late";
        public const string Overdue = "overdue";
        public const string Extended = "extended";
    }

    public static async Task<AnalyticsReport> BuildAsync(RatushaDb db, AnalyticsScope scope, DateRange period, DateOnly today, CancellationToken ct)
    {
        var (first, last) = (period.From, period.To);
        var items =
            from s in scope.Assignments(db, db.Assignments.AsNoTracking()).Where(s => s.DueDate >= first && s.DueDate <= last)
            join r in db.Resolutions.AsNoTracking() on s.ResolutionId equals r.Id
            select new
            {
                s.DepartmentId,
                s.ExecutorId,
                s.DueDate,
                r.WrittenOn,
                Open = s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned,
                // The day of the executor's last answer (the lead's) or report (a co-executor's), once it is not being reworked.
                AnsweredOn = s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned ? null
                    : s.Reports.Where(p => p.Kind == ReportKind.Answer || p.Kind == ReportKind.CoExecutorReport).Max(p => (DateOnly?)p.On),
                Extensions = s.IsLead ? db.Set<Extension>().Count(e => e.ResolutionId == s.ResolutionId) : 0,
            };
        // The answer date is a correlated probe of assignment_reports (assignment_id) that PostgreSQL repeats per aggregate using it.
        var groups = await items
            .GroupBy(i => new { i.DepartmentId, i.ExecutorId })
            .Select(g => new Figures
            {
                DepartmentId = g.Key.DepartmentId,
                ExecutorId = g.Key.ExecutorId,
                Assigned = g.Count(),
                OnTime = g.Count(i => i.AnsweredOn != null && i.AnsweredOn <= i.DueDate),
                Late = g.Count(i => i.AnsweredOn != null && i.AnsweredOn > i.DueDate),
                Overdue = g.Count(i => i.Open && i.DueDate < today),
                AnswerDays = g.Sum(i => i.AnsweredOn != null ? i.AnsweredOn.Value.DayNumber - i.WrittenOn.DayNumber : 0),
                Extensions = g.Sum(i => i.Extensions),
            })
            .ToListAsync(ct);

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var executorIds = groups.Select(g => g.ExecutorId).Distinct().ToList();
        var officials = await db.Officials.AsNoTracking().Where(o => executorIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var byDepartment = groups.GroupBy(g => g.DepartmentId).Select(g => Figures.Sum(g, g.Key, null))
            .OrderBy(f => departments.GetValueOrDefault(f.DepartmentId, ""), StringComparer.Ordinal).ToList();
        var byOfficial = groups.OrderBy(f => departments.GetValueOrDefault(f.DepartmentId, ""), StringComparer.Ordinal)
            .ThenBy(f => officials.GetValueOrDefault(f.ExecutorId, ""), StringComparer.Ordinal).ToList();
        var total = Figures.Sum(groups, Guid.Empty, null);

        string Link(string measure, Guid? department, Guid? executor) => string.Create(CultureInfo.InvariantCulture,
            $"/appeals?termFrom={first:yyyy-MM-dd}&termTo={last:yyyy-MM-dd}&execution={measure}")
            + (department is { } d ? $"&department={d}" : "") + (executor is { } e ? $"&executor={e}" : "");

        ReportRow Row(string label, Figures f, Guid? department, Guid? executor, bool isTotal = false) => new(label,
        [
            new(f.Assigned, Link(Measures.Assigned, department, executor)),
            new(f.OnTime, Link(Measures.OnTime, department, executor)),
            new(f.Late, Link(Measures.Late, department, executor)),
            new(f.Overdue, Link(Measures.Overdue, department, executor)),
            new(f.Answered == 0 ? null : Math.Round((decimal)f.AnswerDays / f.Answered, 1)),
            new(f.Extensions, Link(Measures.Extended, department, executor)),
        ], (executor ?? department)?.ToString(), isTotal);

        string[] columns = ["Доручено", "Відповіли вчасно", "Відповіли із запізненням", "Прострочено на сьогодні", "Середній строк відповіді, днів", "Продовжень строку"];
        int[] chart = [1, 2, 3];
        var scopeText = scope.Describe(departments);
        return new AnalyticsReport(Code, Title, $"доручення зі строком виконання {period}", scopeText,
            [
                "Враховано доручення з розгляду звернень, строк виконання яких припадає на період (з урахуванням продовжень і повернень на доопрацювання).",
                "Відповідь — остання відповідь відповідального виконавця або доповідь співвиконавця (п. 6.14); доручення на доопрацюванні відповіді не має.",
                $"«Прострочено» — станом на {Ui.Formats.Date(today)}: строк минув, відповіді немає.",
                "Середній строк — календарні дні від резолюції до відповіді; продовження враховано у відповідального виконавця.",
            ],
            [
                new ReportTable("За підрозділами", "Підрозділ", columns,
                    [.. byDepartment.Select(f => Row(departments.GetValueOrDefault(f.DepartmentId, "підрозділ"), f, f.DepartmentId, null)),
                        Row("Усього", total, null, null, isTotal: true)], chart),
                new ReportTable("За посадовими особами", "Посадова особа (підрозділ)", columns,
                    [.. byOfficial.Select(f => Row($"{officials.GetValueOrDefault(f.ExecutorId, "виконавець")} ({departments.GetValueOrDefault(f.DepartmentId, "підрозділ")})", f, f.DepartmentId, f.ExecutorId))], chart),
            ])
        { Query = string.Create(CultureInfo.InvariantCulture, $"from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}") };
    }

    internal sealed class Figures
    {
        public Guid DepartmentId { get; init; }
        public Guid ExecutorId { get; init; }
        public int Assigned { get; init; }
        public int OnTime { get; init; }
        public int Late { get; init; }
        public int Overdue { get; init; }
        public int AnswerDays { get; init; }
        public int Extensions { get; init; }
        public int Answered => OnTime + Late;

        public static Figures Sum(IEnumerable<Figures> rows, Guid department, Guid? executor)
        {
            var list = rows.ToList();
            return new Figures
            {
                DepartmentId = department,
                ExecutorId = executor ?? Guid.Empty,
                Assigned = list.Sum(f => f.Assigned),
                OnTime = list.Sum(f => f.OnTime),
                Late = list.Sum(f => f.Late),
                Overdue = list.Sum(f => f.Overdue),
                AnswerDays = list.Sum(f => f.AnswerDays),
                Extensions = list.Sum(f => f.Extensions),
            };
        }
    }
}
