using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;

namespace Ratusha.Features.Analytics;

/// <summary>
/// Execution discipline by department and by official (seed 000 §2.2, §2.5), for every kind of controlled item or
/// for one (appeals, documents, requests…): of the assignments whose term falls in the period, how many were answered on time, how many late, how many are overdue
/// today, the average number of days from the resolution to the answer, and the extensions used. One
/// <c>GROUP BY (department, executor)</c> over the assignments whose due date is in the range; department totals
/// are the sums of their officials' rows.
/// </summary>
internal static class ExecutionDiscipline
{
    public const string Code = "discipline";
    public const string Title = "Виконавська дисципліна";

    /// <summary>What a figure of the report counts; the appeals list filters by the same words (filter «execution»).</summary>
    public static class Measures
    {
        public const string Assigned = "assigned";
        public const string OnTime = "on-time";
        public const string Late = "late";
        public const string Overdue = "overdue";
        public const string Extended = "extended";
    }

    /// <param name="kind">One kind of controlled item, or null for all of them.</param>
    public static async Task<AnalyticsReport> BuildAsync(RatushaDb db, AnalyticsScope scope, DateRange period, DateOnly today,
        ControlRulebook rulebook, string? kind, CancellationToken ct)
    {
        var (first, last) = (period.From, period.To);
        var groups = await FiguresAsync(db, scope, first, last, today, kind, ct);

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var executorIds = groups.Select(g => g.ExecutorId).Distinct().ToList();
        var officials = await db.Officials.AsNoTracking().Where(o => executorIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var byDepartment = groups.GroupBy(g => g.DepartmentId).Select(g => Figures.Sum(g, g.Key, null))
            .OrderBy(f => departments.GetValueOrDefault(f.DepartmentId, ""), StringComparer.Ordinal).ToList();
        var byOfficial = groups.GroupBy(g => (g.DepartmentId, g.ExecutorId)).Select(g => Figures.Sum(g, g.Key.DepartmentId, g.Key.ExecutorId))
            .OrderBy(f => departments.GetValueOrDefault(f.DepartmentId, ""), StringComparer.Ordinal)
            .ThenBy(f => officials.GetValueOrDefault(f.ExecutorId, ""), StringComparer.Ordinal).ToList();
        var total = Figures.Sum(groups, Guid.Empty, null);

        var query = string.Create(CultureInfo.InvariantCulture, $"from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}");
        // The appeals list takes the same filters; the other kinds' figures have no list of their own yet.
        string? Link(string measure, Guid? department, Guid? executor) => kind != AppealKind ? null : string.Create(CultureInfo.InvariantCulture,
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
        var tables = new List<ReportTable>();
        if (kind is null)
        {
            // Every kind at once: a row per kind, each opening the report of that kind alone.
            var byKind = groups.GroupBy(g => g.Kind).Select(g => (Kind: g.Key, Figures: Figures.Sum(g, Guid.Empty, null)))
                .OrderBy(k => rulebook.Kinds.Select(r => r.Kind).ToList().IndexOf(k.Kind)).ToList();
            tables.Add(new ReportTable("За видами документів", "Вид", columns,
                [.. byKind.Select(k => new ReportRow(rulebook.TitleOf(k.Kind),
                    [.. Row("", k.Figures, null, null).Cells.Select(c => c with { Link = c.Value is null ? null : $"/analytics/discipline?kind={k.Kind}&{query}" })], k.Kind)),
                    Row("Усього", total, null, null, isTotal: true)], chart));
        }
        return new AnalyticsReport(Code, kind is null ? Title : $"{Title}: {rulebook.TitleOf(kind).ToLowerInvariant()}", $"доручення зі строком виконання {period}", scopeText,
            [
                kind is null ? "Враховано доручення всіх видів документів на контролі, строк виконання яких припадає на період (з урахуванням продовжень і повернень на доопрацювання)."
                    : "Враховано доручення цього виду, строк виконання яких припадає на період (з урахуванням продовжень і повернень на доопрацювання).",
                "Відповідь — остання відповідь відповідального виконавця або доповідь співвиконавця (п. 6.14); доручення на доопрацюванні відповіді не має.",
                $"«Прострочено» — станом на {Ui.Formats.Date(today)}: строк минув, відповіді немає.",
                "Середній строк — календарні дні від резолюції до відповіді; продовження враховано у відповідального виконавця.",
            ],
            [
                .. tables,
                new ReportTable("За підрозділами", "Підрозділ", columns,
                    [.. byDepartment.Select(f => Row(departments.GetValueOrDefault(f.DepartmentId, "підрозділ"), f, f.DepartmentId, null)),
                        Row("Усього", total, null, null, isTotal: true)], chart),
                new ReportTable("За посадовими особами", "Посадова особа (підрозділ)", columns,
                    [.. byOfficial.Select(f => Row($"{officials.GetValueOrDefault(f.ExecutorId, "виконавець")} ({departments.GetValueOrDefault(f.DepartmentId, "підрозділ")})", f, f.DepartmentId, f.ExecutorId))], chart),
            ])
        { Query = kind is null ? query : $"kind={kind}&{query}" };
    }

    /// <summary>
    /// One pass over the assignments whose term is in the period (the index on assignments (due_date)): each row's
    /// appeal, answer day, resolution day and extensions looked up once by key in a materialised step — so the cost
    /// follows the period's assignments, never the size of the tables — then grouped by department and executor. Written as SQL because the grouping would otherwise repeat the answer-day
    /// lookup once per figure.
    /// </summary>
    private static async Task<List<Figures>> FiguresAsync(RatushaDb db, AnalyticsScope scope, DateOnly first, DateOnly last, DateOnly today, string? kind, CancellationToken ct)
    {
        if (!scope.Hotline) return await TalliedAsync(db, scope, first, last, today, kind, ct);
        // The hotline specialist's scope is the hotline appeals.
        return kind is null || kind == AppealKind ? await CountedAsync(db, scope, first, last, today, ct) : [];
    }

    /// <summary>
    /// The council's or a department's figures from the daily tallies kept at every save of an assignment
    /// (<see cref="AssignmentTallies"/>): a row per executor and due day, whatever the size of the archive.
    /// </summary>
    private static async Task<List<Figures>> TalliedAsync(RatushaDb db, AnalyticsScope scope, DateOnly first, DateOnly last, DateOnly today, string? kind, CancellationToken ct)
    {
        var rows = db.Set<AssignmentTally>().AsNoTracking().Where(t => t.DueDate >= first && t.DueDate <= last);
        if (kind is not null) rows = rows.Where(t => t.Kind == kind);
        if (!scope.All)
        {
            var department = scope.DepartmentId;
            rows = rows.Where(t => t.DepartmentId == department);
        }
        var figures = await rows.GroupBy(t => new { t.DepartmentId, t.ExecutorId, t.Kind }).Select(g => new Figures
        {
            DepartmentId = g.Key.DepartmentId,
            ExecutorId = g.Key.ExecutorId,
            Kind = g.Key.Kind,
            Assigned = g.Sum(t => t.Assigned),
            OnTime = g.Sum(t => t.OnTime),
            Late = g.Sum(t => t.Late),
            Overdue = g.Sum(t => t.DueDate < today ? t.Open : 0),
            AnswerDays = g.Sum(t => t.AnswerDays),
            Extensions = g.Sum(t => t.Extensions),
        }).ToListAsync(ct);
        return [.. figures.Where(f => f.Assigned > 0)];
    }

    private static string AppealKind => Appeals.AppealControlRules.Rules.Kind;

    /// <summary>The hotline specialist's figures: the hotline appeals' assignments, counted from the assignments themselves.</summary>
    private static async Task<List<Figures>> CountedAsync(RatushaDb db, AnalyticsScope scope, DateOnly first, DateOnly last, DateOnly today, CancellationToken ct)
    {
        var days = db.Database.IsNpgsql() ? "answered_on - written_on" : "julianday(answered_on) - julianday(written_on)";
        var sql = $$"""
            WITH items AS MATERIALIZED (
                SELECT s.department_id, s.executor_id, s.due_date, s.state IN ({5}, {6}) AS is_open,
                       (SELECT r.written_on FROM resolutions r WHERE r.id = s.resolution_id) AS written_on,
                       CASE WHEN s.state IN ({5}, {6}) THEN NULL ELSE
                           (SELECT max(p."on") FROM assignment_reports p WHERE p.assignment_id = s.id AND p.kind IN ({7}, {8})) END AS answered_on,
                       CASE WHEN s.is_lead THEN (SELECT count(*) FROM extensions e WHERE e.resolution_id = s.resolution_id) ELSE 0 END AS extensions,
                       (SELECT x.channel FROM appeals x WHERE x.card_id = s.card_id) AS channel
                FROM assignments s
                WHERE s.due_date >= {0} AND s.due_date <= {1})
            SELECT department_id AS "DepartmentId", executor_id AS "ExecutorId", '{{AppealKind}}' AS "Kind", CAST(count(*) AS integer) AS "Assigned",
                   CAST(sum(CASE WHEN answered_on <= due_date THEN 1 ELSE 0 END) AS integer) AS "OnTime",
                   CAST(sum(CASE WHEN answered_on > due_date THEN 1 ELSE 0 END) AS integer) AS "Late",
                   CAST(sum(CASE WHEN is_open AND due_date < {11} THEN 1 ELSE 0 END) AS integer) AS "Overdue",
                   CAST(coalesce(sum(CASE WHEN answered_on IS NULL THEN 0 ELSE {{days}} END), 0) AS integer) AS "AnswerDays",
                   CAST(sum(extensions) AS integer) AS "Extensions"
            FROM items
            WHERE channel IS NOT NULL AND ({2} = 1 OR ({3} = 1 AND channel IN ({9}, {10})) OR department_id = {4})
            GROUP BY department_id, executor_id
            """;
        object?[] parameters =
        [
            first, last, scope.All ? 1 : 0, scope.Hotline ? 1 : 0, scope.DepartmentId,
            nameof(AssignmentState.Assigned), nameof(AssignmentState.Returned), nameof(ReportKind.Answer), nameof(ReportKind.CoExecutorReport),
            Classifiers.ClassifierLists.Hotline1545, Classifiers.ClassifierLists.RegionalHotline, today,
        ];
        if (!db.Database.IsNpgsql()) return await db.Database.SqlQueryRaw<Figures>(sql, parameters!).ToListAsync(ct);
        // The planner prices the per-row lookups high enough to compile the query (JIT), which costs more than it saves
        // here: about half of the time at a million appeals. Off for this one read-only statement.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", ct);
        return await db.Database.SqlQueryRaw<Figures>(sql, parameters!).ToListAsync(ct);
    }

    internal sealed class Figures
    {
        public Guid DepartmentId { get; init; }
        public Guid ExecutorId { get; init; }
        public string Kind { get; init; } = "";
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
