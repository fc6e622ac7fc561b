using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;

namespace Ratusha.Features.Analytics;

/// <summary>
/// Appeals counted by one attribute in up to three periods of registration at once, in the database: one
/// <c>GROUP BY (period, attribute)</c> per attribute over the cards of the appeal journals (appeals and the hotlines) whose registration date
/// falls in the periods — a range walk of the index on registration_cards (journal_id, registered_on) per period,
/// the appeal found by its unique card_id. No row leaves the database; only (period, value, count) triples do.
/// </summary>
internal sealed class AppealCounts
{
    private readonly RatushaDb db;
    private readonly IQueryable<Flat> flat;
    private readonly IQueryable<AppealRow> rows;
    private readonly DateRange p0, p1, p2;

    public AppealCounts(RatushaDb db, AnalyticsScope scope, List<Guid> journalIds, IReadOnlyList<DateRange> periods)
    {
        this.db = db;
        p0 = periods[0];
        p1 = periods.Count > 1 ? periods[1] : DateRange.None;
        p2 = periods.Count > 2 ? periods[2] : DateRange.None;
        var (f0, t0, f1, t1, f2, t2) = (p0.From, p0.To, p1.From, p1.To, p2.From, p2.To);
        var cards = db.RegistrationCards.AsNoTracking().Where(c => journalIds.Contains(c.JournalId)
            && ((c.RegisteredOn >= f0 && c.RegisteredOn <= t0) || (c.RegisteredOn >= f1 && c.RegisteredOn <= t1) || (c.RegisteredOn >= f2 && c.RegisteredOn <= t2)));
        rows = scope.Appeals(db, from c in cards join a in db.Appeals.AsNoTracking() on c.Id equals a.CardId select new AppealRow { a = a, c = c });
        flat = rows.Select(x => new Flat
        {
            Period = x.c.RegisteredOn >= f0 && x.c.RegisteredOn <= t0 ? 0 : x.c.RegisteredOn >= f1 && x.c.RegisteredOn <= t1 ? 1 : 2,
            Topic = x.a.Topic,
            Channel = x.a.Channel,
            Sign = x.a.Sign,
            Type = x.a.Type,
            Subject = x.a.Subject,
            Sex = x.a.Sex,
            SocialStatus = x.a.SocialStatus,
            Department = x.c.DepartmentId,
            Categories = x.a.Categories,
            // The leading part of the address (before the first comma): the street, or the settlement when it comes first.
            // The appeals list filters by the same expression (AppealViews, filter «place»).
            Place = x.a.Address == null ? null
                : x.a.Address.Contains(",") ? x.a.Address.Substring(0, x.a.Address.IndexOf(",")).Trim() : x.a.Address.Trim(),
            // The result of the lead executor's last answer (Classifier №858, section 9).
            Result = db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead).SelectMany(s => s.Reports)
                .Where(p => p.Kind == ReportKind.Answer).OrderByDescending(p => p.On).Select(p => p.Result).FirstOrDefault(),
        });
    }

    /// <summary>value → count per period (index 0, 1, 2), for a string attribute (null: not given).</summary>
    public async Task<Counts> ByAsync(Expression<Func<Flat, string?>> attribute, CancellationToken ct)
    {
        var keyed = flat.Select(Compose(attribute));
        var groups = await keyed.GroupBy(k => new { k.Period, k.Key }).Select(g => new { g.Key.Period, g.Key.Key, N = g.Count() }).ToListAsync(ct);
        return Counts.Of(groups.Select(g => (g.Period, g.Key, g.N)));
    }

    /// <summary>Appeals by the department they are addressed to.</summary>
    public async Task<Counts> ByDepartmentAsync(CancellationToken ct)
    {
        var groups = await flat.GroupBy(f => new { f.Period, f.Department }).Select(g => new { g.Key.Period, g.Key.Department, N = g.Count() }).ToListAsync(ct);
        return Counts.Of(groups.Select(g => (g.Period, g.Department?.ToString(), g.N)));
    }

    /// <summary>Appeals by category of the author: an appeal counts under each of its categories.</summary>
    public async Task<Counts> ByCategoryAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            // SQLite cannot join a row to its own JSON array (no lateral join): one count per category code.
            var perCode = new List<(int, string?, int)>();
            foreach (var code in codes)
            {
                var found = await flat.Where(f => f.Categories.Contains(code)).GroupBy(f => f.Period).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
                perCode.AddRange(found.Select(g => (g.Key, (string?)code, g.N)));
            }
            return Counts.Of(perCode);
        }
        var (f0, t0, f1, t1) = (p0.From, p0.To, p1.From, p1.To);
        var groups = await rows.SelectMany(x => x.a.Categories, (x, category) => new
        {
            Period = x.c.RegisteredOn >= f0 && x.c.RegisteredOn <= t0 ? 0 : x.c.RegisteredOn >= f1 && x.c.RegisteredOn <= t1 ? 1 : 2,
            Category = category,
        })
            .GroupBy(k => new { k.Period, k.Category }).Select(g => new { g.Key.Period, g.Key.Category, N = g.Count() }).ToListAsync(ct);
        return Counts.Of(groups.Select(g => (g.Period, (string?)g.Category, g.N)));
    }

    private static Expression<Func<Flat, Keyed>> Compose(Expression<Func<Flat, string?>> attribute)
    {
        var f = attribute.Parameters[0];
        return Expression.Lambda<Func<Flat, Keyed>>(Expression.MemberInit(Expression.New(typeof(Keyed)),
            Expression.Bind(typeof(Keyed).GetProperty(nameof(Keyed.Period))!, Expression.Property(f, nameof(Flat.Period))),
            Expression.Bind(typeof(Keyed).GetProperty(nameof(Keyed.Key))!, attribute.Body)), f);
    }

    /// <summary>An appeal as the counts see it.</summary>
    internal sealed class Flat
    {
        public int Period { get; init; }
        public string? Topic { get; init; }
        public string Channel { get; init; } = "";
        public string Sign { get; init; } = "";
        public string Type { get; init; } = "";
        public string Subject { get; init; } = "";
        public string? Sex { get; init; }
        public string? SocialStatus { get; init; }
        public Guid? Department { get; init; }
        public List<string> Categories { get; init; } = [];
        public string? Place { get; init; }
        public string? Result { get; init; }
    }

    internal sealed class Keyed
    {
        public int Period { get; init; }
        public string? Key { get; init; }
    }
}

/// <summary>Counts by value (null: not given) and period.</summary>
internal sealed class Counts
{
    private readonly Dictionary<string, int[]> byKey = [];
    private readonly int[] none = new int[3];

    public static Counts Of(IEnumerable<(int Period, string? Key, int N)> groups)
    {
        var counts = new Counts();
        foreach (var (period, key, n) in groups)
        {
            var row = key is null ? counts.none : counts.byKey.TryGetValue(key, out var r) ? r : counts.byKey[key] = new int[3];
            row[period] += n;
        }
        return counts;
    }

    public IEnumerable<string> Keys => byKey.Keys;

    public int Of(string? key, int period) => key is null ? none[period] : byKey.TryGetValue(key, out var r) ? r[period] : 0;

    public bool HasNone => none.Any(n => n > 0);

    public int Total(int period) => none[period] + byKey.Values.Sum(r => r[period]);
}
