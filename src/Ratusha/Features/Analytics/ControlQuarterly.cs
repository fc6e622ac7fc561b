using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;

namespace Ratusha.Features.Analytics;

/// <summary>
/// The quarterly information on control of execution (§5.2.9 of the Regulation: every quarter, by the 15th, to the
/// general department, then to the head of staff and the mayor): per department of the lead executor and kind of
/// item — on control at the start, put on control, removed from control (on time / late), on control at the end and
/// overdue then. One <c>GROUP BY (department, kind)</c> over the resolutions alive in the quarter.
/// </summary>
internal static class ControlQuarterly
{
    public const string Code = "control-quarterly";
    public const string Title = "Інформація про стан контролю за виконанням документів";

    /// <summary>What a figure counts; the appeals list filters by the same words (filter «control»).</summary>
    public static class Measures
    {
        public const string AtStart = "start";
        public const string Put = "put";
        public const string Removed = "removed";
        public const string RemovedOnTime = "removed-on-time";
        public const string RemovedLate = "removed-late";
        public const string AtEnd = "end";
        public const string OverdueAtEnd = "end-overdue";
    }

    public static async Task<AnalyticsReport> BuildAsync(RatushaDb db, AnalyticsScope scope, ReportPeriod quarter, WorkingCalendar calendar,
        ControlRulebook rulebook, CancellationToken ct)
    {
        var days = quarter.Days;
        var (start, end) = (days.From, days.To);
        var items =
            from r in scope.Resolutions(db, db.Resolutions.AsNoTracking()).Where(r => r.WrittenOn <= end && (r.RemovedOn == null || r.RemovedOn >= start))
            join s in db.Assignments.AsNoTracking() on r.Id equals s.ResolutionId
            where s.IsLead
            select new
            {
                s.DepartmentId,
                r.Kind,
                r.WrittenOn,
                r.RemovedOn,
                r.DueDate,
                AnsweredBy = s.Reports.Where(p => p.Kind == ReportKind.Answer && p.On <= end).Max(p => (DateOnly?)p.On),
            };
        var groups = await items.GroupBy(i => new { i.DepartmentId, i.Kind }).Select(g => new
        {
            g.Key.DepartmentId,
            g.Key.Kind,
            AtStart = g.Count(i => i.WrittenOn < start),
            Put = g.Count(i => i.WrittenOn >= start),
            Removed = g.Count(i => i.RemovedOn != null && i.RemovedOn <= end),
            RemovedOnTime = g.Count(i => i.RemovedOn != null && i.RemovedOn <= end && i.AnsweredBy != null && i.AnsweredBy <= i.DueDate),
            AtEnd = g.Count(i => i.RemovedOn == null || i.RemovedOn > end),
            OverdueAtEnd = g.Count(i => (i.RemovedOn == null || i.RemovedOn > end) && i.DueDate < end && i.AnsweredBy == null),
        }).ToListAsync(ct);

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        string Link(string measure, Guid? department) => string.Create(CultureInfo.InvariantCulture,
            $"/appeals?controlFrom={start:yyyy-MM-dd}&controlTo={end:yyyy-MM-dd}&control={measure}") + (department is { } d ? $"&department={d}" : "");

        ReportRow Row(string label, IReadOnlyList<int> f, bool appeals, Guid? department, bool total = false)
        {
            string? L(string m) => appeals ? Link(m, department) : null;
            return new ReportRow(label,
            [
                new(f[0], L(Measures.AtStart)), new(f[1], L(Measures.Put)), new(f[2], L(Measures.Removed)), new(f[3], L(Measures.RemovedOnTime)),
                new(f[2] - f[3], L(Measures.RemovedLate)), new(f[4], L(Measures.AtEnd)), new(f[5], L(Measures.OverdueAtEnd)),
            ], department?.ToString(), total);
        }

        string[] columns = ["На контролі на початок кварталу", "Поставлено на контроль", "Знято з контролю", "з них виконано вчасно",
            "з них із порушенням строку", "На контролі на кінець кварталу", "з них прострочено"];
        var tables = new List<ReportTable>();
        var order = rulebook.Kinds.Select(r => r.Kind).ToList();
        foreach (var kind in groups.Select(g => g.Kind).Distinct().OrderBy(k => order.IndexOf(k) is var i and >= 0 ? i : int.MaxValue).ThenBy(k => k, StringComparer.Ordinal))
        {
            var appeals = kind == "appeal";
            var rows = groups.Where(g => g.Kind == kind).OrderBy(g => departments.GetValueOrDefault(g.DepartmentId, ""), StringComparer.Ordinal)
                .Select(g => Row(departments.GetValueOrDefault(g.DepartmentId, "підрозділ"), [g.AtStart, g.Put, g.Removed, g.RemovedOnTime, g.AtEnd, g.OverdueAtEnd], appeals, g.DepartmentId))
                .ToList();
            var all = groups.Where(g => g.Kind == kind).ToList();
            rows.Add(Row("Усього", [all.Sum(g => g.AtStart), all.Sum(g => g.Put), all.Sum(g => g.Removed), all.Sum(g => g.RemovedOnTime), all.Sum(g => g.AtEnd), all.Sum(g => g.OverdueAtEnd)], appeals, null, total: true));
            tables.Add(new ReportTable(rulebook.TitleOf(kind), "Підрозділ відповідального виконавця", columns, rows, [1, 2, 5]));
        }
        if (tables.Count == 0)
            tables.Add(new ReportTable("Документи на контролі", "Підрозділ відповідального виконавця", columns, [Row("Усього", [0, 0, 0, 0, 0, 0], false, null, total: true)], []));

        // The 15th of the next month is 15 calendar days after the quarter's last day; the engine moves it to a working day.
        var due = Deadline.For(ControlRules.Term("control-quarterly-report"), end, calendar).Due;
        return new AnalyticsReport(Code, Title, $"{quarter.Title}: {days}", scope.Describe(departments),
            [
                $"Подається до загального відділу щокварталу не пізніше 15-го числа (п. 5.2.9 Регламенту): за цей квартал — до {Ui.Formats.Date(due)}.",
                "Документ належить підрозділу його відповідального виконавця; «вчасно» — відповідь надана не пізніше встановленого (продовженого) строку.",
                "«Прострочено» — на кінець кварталу строк минув, а відповіді немає.",
            ],
            tables)
        { Query = quarter.Query };
    }
}
