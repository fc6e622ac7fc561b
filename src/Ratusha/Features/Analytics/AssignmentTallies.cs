using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Control;

namespace Ratusha.Features.Analytics;

/// <summary>
/// The execution-discipline figures of the assignments due on a day, per executor and kind (seed 000 §2.5): how many,
/// how many still open, answered on time, answered late, the days from the resolution to the answers, the extensions.
/// Every save that adds or changes an assignment moves its figures from its old row to its new one in the same
/// transaction (<see cref="Capture"/>, <see cref="ApplyAsync"/>); a bulk load rebuilds them (<see cref="RebuildAsync"/>).
/// The discipline report then reads a row per executor and day whatever the size of the archive.
/// </summary>
public sealed class AssignmentTally
{
    public DateOnly DueDate { get; init; }
    public Guid DepartmentId { get; init; }
    public Guid ExecutorId { get; init; }
    public string Kind { get; init; } = "";
    public int Assigned { get; init; }
    public int Open { get; init; }
    public int OnTime { get; init; }
    public int Late { get; init; }
    public int AnswerDays { get; init; }
    public int Extensions { get; init; }
}

internal sealed class AssignmentTallyMapping : IEntityTypeConfiguration<AssignmentTally>
{
    public void Configure(EntityTypeBuilder<AssignmentTally> b)
    {
        b.ToTable("assignment_tallies");
        b.HasKey(t => new { t.DueDate, t.DepartmentId, t.ExecutorId, t.Kind });
        b.Property(t => t.Kind).HasMaxLength(30);
    }
}

internal static class AssignmentTallies
{
    internal readonly record struct Key(DateOnly DueDate, Guid DepartmentId, Guid ExecutorId, string Kind);

    internal readonly record struct Figures(int Assigned, int Open, int OnTime, int Late, int AnswerDays, int Extensions)
    {
        public static Figures operator +(Figures a, Figures b) => new(a.Assigned + b.Assigned, a.Open + b.Open, a.OnTime + b.OnTime,
            a.Late + b.Late, a.AnswerDays + b.AnswerDays, a.Extensions + b.Extensions);

        public Figures Negated => new(-Assigned, -Open, -OnTime, -Late, -AnswerDays, -Extensions);

        public bool IsZero => this == default;
    }

    /// <summary>What one assignment counts, read through <paramref name="value"/> (its current or its original values).</summary>
    private static (Key, Figures) Of(Func<string, object?> value)
    {
        var due = (DateOnly)value(nameof(Assignment.DueDate))!;
        var state = (AssignmentState)value(nameof(Assignment.State))!;
        var open = state is AssignmentState.Assigned or AssignmentState.Returned;
        var answered = open ? null : (DateOnly?)value(nameof(Assignment.AnsweredOn));
        var key = new Key(due, (Guid)value(nameof(Assignment.DepartmentId))!, (Guid)value(nameof(Assignment.ExecutorId))!, (string)value(nameof(Assignment.Kind))!);
        return (key, new Figures(1, open ? 1 : 0,
            answered <= due ? 1 : 0, answered > due ? 1 : 0,
            answered is { } a ? a.DayNumber - ((DateOnly)value(nameof(Assignment.WrittenOn))!).DayNumber : 0,
            (int)value(nameof(Assignment.Extensions))!));
    }

    /// <summary>Before a save: the change each added, edited or deleted assignment makes to the figures.</summary>
    public static Dictionary<Key, Figures> Capture(ChangeTracker tracker)
    {
        var deltas = new Dictionary<Key, Figures>();
        void Add((Key Key, Figures Figures) x) => deltas[x.Key] = deltas.GetValueOrDefault(x.Key) + x.Figures;
        foreach (var entry in tracker.Entries<Assignment>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                var (key, figures) = Of(p => entry.OriginalValues[p]);
                Add((key, figures.Negated));
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
                Add(Of(p => entry.CurrentValues[p]));
        }
        foreach (var key in deltas.Where(d => d.Value.IsZero).Select(d => d.Key).ToList()) deltas.Remove(key);
        return deltas;
    }

    /// <summary>In the save's transaction, in a fixed order of rows (two saves lock shared rows in the same order).</summary>
    public static Task ApplyAsync(TallyUpserts upserts, RatushaDb db, Dictionary<Key, Figures> deltas, CancellationToken ct) =>
        upserts.AddAsync(db,
            "INSERT INTO assignment_tallies (due_date, department_id, executor_id, kind, assigned, open, on_time, late, answer_days, extensions) VALUES",
            "ON CONFLICT (due_date, department_id, executor_id, kind) DO UPDATE SET assigned = assignment_tallies.assigned + excluded.assigned, " +
            "open = assignment_tallies.open + excluded.open, on_time = assignment_tallies.on_time + excluded.on_time, " +
            "late = assignment_tallies.late + excluded.late, answer_days = assignment_tallies.answer_days + excluded.answer_days, " +
            "extensions = assignment_tallies.extensions + excluded.extensions",
            deltas.OrderBy(d => d.Key.DueDate).ThenBy(d => d.Key.DepartmentId).ThenBy(d => d.Key.ExecutorId).ThenBy(d => d.Key.Kind, StringComparer.Ordinal)
                .Select(d => new object[] { d.Key.DueDate, d.Key.DepartmentId, d.Key.ExecutorId, d.Key.Kind, d.Value.Assigned, d.Value.Open,
                    d.Value.OnTime, d.Value.Late, d.Value.AnswerDays, d.Value.Extensions }), ct);

    /// <summary>Counts every assignment again (after a bulk load, or to mend the figures).</summary>
    public static async Task RebuildAsync(RatushaDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM assignment_tallies", ct);
        await db.Database.ExecuteSqlRawAsync(RebuildSql(db.Database.IsNpgsql()), ct);
    }

    /// <summary>The same figures as <see cref="Of"/>, for every assignment, in SQL (also run by the migration that made the table).</summary>
    public static string RebuildSql(bool npgsql)
    {
        const string open = $"state IN ('{nameof(AssignmentState.Assigned)}', '{nameof(AssignmentState.Returned)}')";
        var days = npgsql ? "answered_on - written_on" : "CAST(julianday(answered_on) - julianday(written_on) AS INTEGER)";
        return $"""
            INSERT INTO assignment_tallies (due_date, department_id, executor_id, kind, assigned, open, on_time, late, answer_days, extensions)
            SELECT due_date, department_id, executor_id, kind, count(*),
                   sum(CASE WHEN {open} THEN 1 ELSE 0 END),
                   sum(CASE WHEN NOT {open} AND answered_on <= due_date THEN 1 ELSE 0 END),
                   sum(CASE WHEN NOT {open} AND answered_on > due_date THEN 1 ELSE 0 END),
                   sum(CASE WHEN NOT {open} AND answered_on IS NOT NULL THEN {days} ELSE 0 END),
                   sum(extensions)
            FROM assignments
            GROUP BY due_date, department_id, executor_id, kind
            """;
    }

    /// <summary>
    /// The columns the assignments gained for these figures, filled from the resolutions, reports and extensions
    /// (run once by the migration that added them).
    /// </summary>
    public static string FillAssignmentsSql() => $"""
        UPDATE assignments AS s SET kind = x.kind, written_on = x.written_on, answered_on = x.answered_on, extensions = x.extensions
        FROM (SELECT a.id, r.kind, r.written_on, p.answered_on, CASE WHEN a.is_lead THEN coalesce(e.n, 0) ELSE 0 END AS extensions
              FROM assignments a
              JOIN resolutions r ON r.id = a.resolution_id
              LEFT JOIN (SELECT assignment_id, max("on") AS answered_on FROM assignment_reports
                         WHERE kind IN ('{nameof(ReportKind.Answer)}', '{nameof(ReportKind.CoExecutorReport)}') GROUP BY assignment_id) p ON p.assignment_id = a.id
              LEFT JOIN (SELECT resolution_id, count(*) AS n FROM extensions GROUP BY resolution_id) e ON e.resolution_id = a.resolution_id) AS x
        WHERE s.id = x.id
        """;
}
