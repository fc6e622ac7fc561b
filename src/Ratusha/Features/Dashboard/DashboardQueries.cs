using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Analytics;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;

namespace Ratusha.Features.Dashboard;

/// <summary>Items of one department with an overdue assignment of that department, by kind of controlled item.</summary>
public sealed record DepartmentOverdue(Guid DepartmentId, string Department, IReadOnlyDictionary<string, int> ByKind, int Total);

/// <summary>Overdue now: council-wide by kind (each item once) and by department.</summary>
public sealed record OverdueNow(IReadOnlyList<string> Kinds, IReadOnlyDictionary<string, int> CouncilByKind, IReadOnlyList<DepartmentOverdue> Departments)
{
    public int CouncilTotal => CouncilByKind.Values.Sum();
}

/// <summary>Items on control whose term falls from today to the end of this working week.</summary>
public sealed record DueThisWeek(DateOnly From, DateOnly To, IReadOnlyDictionary<string, int> ByKind)
{
    public int Total => ByKind.Values.Sum();
}

public sealed record ChannelSeries(string Code, string Title, IReadOnlyList<int> Counts);

/// <summary>Appeals registered per week (weeks start on Monday) per channel of receipt.</summary>
public sealed record ChannelTrend(IReadOnlyList<DateOnly> Weeks, IReadOnlyList<ChannelSeries> Channels)
{
    public DateOnly From => Weeks[0];
    public DateOnly To => Weeks[^1].AddDays(6);
}

public sealed record RisingTopic(string Code, string Title, int Previous, int Recent)
{
    public int Increase => Recent - Previous;
    /// <summary>Growth in per cent; none when the topic is new (nothing in the previous period).</summary>
    public double? Percent => Previous == 0 ? null : Increase * 100.0 / Previous;
}

public sealed record RisingTopics(DateOnly PreviousFrom, DateOnly RecentFrom, DateOnly RecentTo, IReadOnlyList<RisingTopic> Top);

/// <summary>
/// The figures of the mayor's dashboard. Each is one set-based query — GROUP BY in the database over a range of an indexed
/// column (open assignments by (state, due date); appeal cards by (journal, registered on), each joined to its appeal by
/// its unique card key) — so the page costs the same at a thousand appeals and at a million: it reads the open work and
/// the last weeks, never the archive.
/// </summary>
internal static class DashboardQueries
{
    public const int TrendWeeks = 12;
    public const int TopicWindowDays = 28;
    public const int RisingCount = 5;

    /// <summary>The kinds of controlled items the control machine knows, in the order the dashboard shows them; an unknown kind shows its code.</summary>
    public static readonly IReadOnlyList<(string Kind, string Title)> Kinds =
    [
        (AppealControlRules.Rules.Kind, "Звернення громадян"),
        (Documents.DocumentControlRules.Rules.Kind, "Документи"),
    ];

    public static string KindTitle(string kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Title ?? kind;

    /// <summary>Open assignments (assigned or returned for rework) whose due date has passed: every kind of controlled item, every executor.</summary>
    public static async Task<OverdueNow> OverdueAsync(RatushaDb db, DateOnly today, CancellationToken ct)
    {
        var overdue = from s in db.Assignments.AsNoTracking()
                      where (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned) && s.DueDate < today
                      join r in db.Resolutions.AsNoTracking() on s.ResolutionId equals r.Id
                      select new { s.DepartmentId, s.CardId, r.Kind };
        var byDepartment = await overdue.GroupBy(x => new { x.DepartmentId, x.Kind })
            .Select(g => new { g.Key.DepartmentId, g.Key.Kind, Items = g.Select(x => x.CardId).Distinct().Count() }).ToListAsync(ct);
        var council = await overdue.GroupBy(x => x.Kind)
            .Select(g => new { Kind = g.Key, Items = g.Select(x => x.CardId).Distinct().Count() }).ToListAsync(ct);
        var ids = byDepartment.Select(x => x.DepartmentId).Distinct().ToList();
        var names = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        var kinds = OrderedKinds(council.Select(c => c.Kind));
        var departments = byDepartment.GroupBy(x => x.DepartmentId)
            .Select(g => new DepartmentOverdue(g.Key, names.GetValueOrDefault(g.Key, "?"), g.ToDictionary(x => x.Kind, x => x.Items), g.Sum(x => x.Items)))
            .OrderByDescending(d => d.Total).ThenBy(d => d.Department, StringComparer.Ordinal).ToList();
        return new OverdueNow(kinds, council.ToDictionary(c => c.Kind, c => c.Items), departments);
    }

    /// <summary>
    /// The days from today to the last working day of this calendar week; on a weekend (or when the rest of the week is
    /// holidays) the next working week. The calendar engine says which days work.
    /// </summary>
    public static (DateOnly From, DateOnly To) WorkingWeek(DateOnly today, WorkingCalendar calendar)
    {
        var monday = IsoWeek.Of(today).Days.From;
        var end = calendar.OnOrBefore(monday.AddDays(6));
        if (end < today) end = calendar.OnOrBefore(monday.AddDays(13));
        return (today, end);
    }

    /// <summary>Items on control whose term (the lead executor's due date, which is the resolution's) falls in the working week; answers awaiting review included.</summary>
    public static async Task<DueThisWeek> DueThisWeekAsync(RatushaDb db, DateOnly today, WorkingCalendar calendar, CancellationToken ct)
    {
        var (first, last) = WorkingWeek(today, calendar);
        var counts = await (from s in db.Assignments.AsNoTracking()
                            where (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned || s.State == AssignmentState.Answered)
                                  && s.DueDate >= first && s.DueDate <= last && s.IsLead
                            join r in db.Resolutions.AsNoTracking() on s.ResolutionId equals r.Id
                            group s by r.Kind into g
                            select new { Kind = g.Key, Items = g.Count() }).ToListAsync(ct);
        return new DueThisWeek(first, last, counts.ToDictionary(c => c.Kind, c => c.Items));
    }

    /// <summary>Appeals registered in the last <see cref="TrendWeeks"/> full weeks before this one, per week and channel (counted per day in the database).</summary>
    public static async Task<ChannelTrend> TrendAsync(RatushaDb db, DateOnly today, CancellationToken ct)
    {
        var start = IsoWeek.Of(today).Days.From.AddDays(-7 * TrendWeeks);
        var end = IsoWeek.Of(today).Days.From.AddDays(-1);
        var journals = await AppealControlRules.JournalIdsAsync(db, ct);
        var perDay = await (from c in db.RegistrationCards.AsNoTracking()
                            where journals.Contains(c.JournalId) && c.RegisteredOn >= start && c.RegisteredOn <= end
                            join a in db.Appeals.AsNoTracking() on c.Id equals a.CardId
                            group c by new { c.RegisteredOn, a.Channel } into g
                            select new { g.Key.RegisteredOn, g.Key.Channel, Count = g.Count() }).ToListAsync(ct);
        var channels = await db.ClassifierEntries.AsNoTracking().Where(e => e.List == ClassifierLists.Channel)
            .OrderBy(e => e.SortOrder).Select(e => new { e.Code, e.Name }).ToListAsync(ct);
        var weeks = Enumerable.Range(0, TrendWeeks).Select(w => start.AddDays(7 * w)).ToList();
        var present = perDay.Select(x => x.Channel).ToHashSet();
        var series = channels.Where(c => present.Contains(c.Code)).Select(c => (c.Code, c.Name))
            .Concat(present.Where(code => channels.All(c => c.Code != code)).Order(StringComparer.Ordinal).Select(code => (Code: code, Name: code)))
            .Select(c =>
            {
                var counts = new int[TrendWeeks];
                foreach (var day in perDay.Where(x => x.Channel == c.Code)) counts[(day.RegisteredOn.DayNumber - start.DayNumber) / 7] += day.Count;
                return new ChannelSeries(c.Code, c.Name, counts);
            }).ToList();
        return new ChannelTrend(weeks, series);
    }

    /// <summary>
    /// The topics whose appeals grew most in the last <see cref="TopicWindowDays"/> days (today included) against the
    /// same number of days before: by the increase in appeals, then by the percentage; only topics that grew.
    /// </summary>
    public static async Task<RisingTopics> RisingAsync(RatushaDb db, DateOnly today, CancellationToken ct)
    {
        var recentFrom = today.AddDays(1 - TopicWindowDays);
        var previousFrom = recentFrom.AddDays(-TopicWindowDays);
        var journals = await AppealControlRules.JournalIdsAsync(db, ct);
        var counts = await (from c in db.RegistrationCards.AsNoTracking()
                            where journals.Contains(c.JournalId) && c.RegisteredOn >= previousFrom && c.RegisteredOn <= today
                            join a in db.Appeals.AsNoTracking() on c.Id equals a.CardId
                            where a.Topic != null
                            group c.RegisteredOn by a.Topic into g
                            select new { Topic = g.Key!, Recent = g.Count(day => day >= recentFrom), Previous = g.Count(day => day < recentFrom) }).ToListAsync(ct);
        var titles = await db.ClassifierEntries.AsNoTracking().Where(e => e.List == ClassifierLists.Topic).ToDictionaryAsync(e => e.Code, e => e.Name, ct);
        var top = counts.Select(c => new RisingTopic(c.Topic, titles.GetValueOrDefault(c.Topic, c.Topic), c.Previous, c.Recent))
            .Where(t => t.Increase > 0)
            .OrderByDescending(t => t.Increase).ThenByDescending(t => t.Percent ?? double.MaxValue).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Take(RisingCount).ToList();
        return new RisingTopics(previousFrom, recentFrom, today, top);
    }

    private static List<string> OrderedKinds(IEnumerable<string> present)
    {
        var known = Kinds.Select(k => k.Kind).ToList();
        return [.. known.Concat(present.Where(k => !known.Contains(k)).Distinct().Order(StringComparer.Ordinal))];
    }
}
