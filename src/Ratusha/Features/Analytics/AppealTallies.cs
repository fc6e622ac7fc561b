using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Analytics;

/// <summary>
/// How many appeals were registered on a day, by channel, per value of one attribute the weekly analysis counts
/// (§6.25): topic, channel, sign, category of the author, the department addressed, the place. These attributes are
/// fixed at registration, so the counts only ever grow: every save that registers appeals adds their rows in its
/// transaction (<see cref="Capture"/>, <see cref="AddAsync"/>; a bulk import calls AddAsync itself), a bulk load
/// rebuilds them (<see cref="RebuildAsync"/>). The weekly analysis then reads
/// a few hundred rows per week whatever the size of the archive. An empty value is "not given".
/// </summary>
public sealed class AppealTally
{
    public DateOnly Day { get; init; }
    public string Channel { get; init; } = "";
    public string Attribute { get; init; } = "";
    public string Value { get; init; } = "";
    public int Count { get; init; }
}

internal sealed class AppealTallyMapping : IEntityTypeConfiguration<AppealTally>
{
    public void Configure(EntityTypeBuilder<AppealTally> b)
    {
        b.ToTable("appeal_tallies");
        b.HasKey(t => new { t.Day, t.Channel, t.Attribute, t.Value });
        b.Property(t => t.Channel).HasMaxLength(40);
        b.Property(t => t.Attribute).HasMaxLength(20);
        b.Property(t => t.Value).HasMaxLength(500);
    }
}

internal static class AppealTallies
{
    public const string Topic = "topic", Channel = "channel", Sign = "sign", Category = "category", Department = "department", Place = "place";

    /// <summary>The leading part of the address (before the first comma): the street, or the settlement when it comes first.
    /// The appeals list filters by the same rule (AppealViews, filter «place»); SQL trims spaces only, and so does this.</summary>
    public static string PlaceOf(string? address) =>
        address is null ? "" : (address.Contains(',') ? address[..address.IndexOf(',')] : address).Trim(' ');

    /// <summary>The rows one appeal adds.</summary>
    public static IEnumerable<(DateOnly Day, string Channel, string Attribute, string Value)> Of(RegistrationCard card, Appeal appeal)
    {
        var key = (card.RegisteredOn, appeal.Channel);
        yield return (key.RegisteredOn, key.Channel, Topic, appeal.Topic ?? "");
        yield return (key.RegisteredOn, key.Channel, Channel, appeal.Channel);
        yield return (key.RegisteredOn, key.Channel, Sign, appeal.Sign);
        yield return (key.RegisteredOn, key.Channel, Department, card.DepartmentId?.ToString() ?? "");
        yield return (key.RegisteredOn, key.Channel, Place, PlaceOf(appeal.Address));
        foreach (var category in appeal.Categories.Distinct()) yield return (key.RegisteredOn, key.Channel, Category, category);
    }

    /// <summary>Before a save: the appeals it registers, each with its card (a registration saves both at once).</summary>
    public static List<(RegistrationCard Card, Appeal Appeal)> Capture(ChangeTracker tracker)
    {
        var appeals = tracker.Entries<Appeal>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (appeals.Count == 0) return [];
        var cards = tracker.Entries<RegistrationCard>().Where(e => e.State == EntityState.Added).ToDictionary(e => e.Entity.Id, e => e.Entity);
        return [.. appeals.Where(a => cards.ContainsKey(a.CardId)).Select(a => (cards[a.CardId], a))];
    }

    /// <summary>
    /// Adds the rows of newly registered appeals, in the caller's transaction. Rows go in a fixed order so that two
    /// registrations touching the same counters lock them in the same order (no deadlock).
    /// </summary>
    public static Task AddAsync(TallyUpserts upserts, RatushaDb db, IEnumerable<(RegistrationCard Card, Appeal Appeal)> registered, CancellationToken ct) =>
        upserts.AddAsync(db, "INSERT INTO appeal_tallies (day, channel, attribute, value, count) VALUES",
            "ON CONFLICT (day, channel, attribute, value) DO UPDATE SET count = appeal_tallies.count + excluded.count",
            registered.SelectMany(x => Of(x.Card, x.Appeal)).GroupBy(r => r)
                .Select(g => (g.Key.Day, g.Key.Channel, g.Key.Attribute, g.Key.Value, Count: g.Count()))
                .OrderBy(r => r.Day).ThenBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.Attribute, StringComparer.Ordinal)
                .ThenBy(r => r.Value, StringComparer.Ordinal).Select(r => new object[] { r.Day, r.Channel, r.Attribute, r.Value, r.Count }), ct);

    /// <summary>Counts every appeal again from the cards (after a bulk load, or to mend the counts).</summary>
    public static async Task RebuildAsync(RatushaDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM appeal_tallies", ct);
        await db.Database.ExecuteSqlRawAsync(RebuildSql(db.Database.IsNpgsql()), ct);
    }

    /// <summary>The same rows as <see cref="Of"/>, for every appeal, in SQL (also run by the migration that made the table).</summary>
    public static string RebuildSql(bool npgsql)
    {
        var place = npgsql
            ? "coalesce(trim(split_part(a.address, ',', 1)), '')"
            : "coalesce(trim(CASE WHEN instr(a.address, ',') > 0 THEN substr(a.address, 1, instr(a.address, ',') - 1) ELSE a.address END), '')";
        var department = npgsql ? "coalesce(CAST(c.department_id AS text), '')" : "coalesce(lower(c.department_id), '')";
        var categories = npgsql
            ? "SELECT DISTINCT x.card_id, x.day, x.channel, v AS value FROM x CROSS JOIN LATERAL unnest(x.categories) AS v"
            : "SELECT DISTINCT x.card_id, x.day, x.channel, j.value AS value FROM x, json_each(x.categories) j";
        return $"""
            INSERT INTO appeal_tallies (day, channel, attribute, value, count)
            WITH x AS {(npgsql ? "MATERIALIZED " : "")}(
                SELECT c.id AS card_id, c.registered_on AS day, a.channel, a.topic, a.sign, a.categories, {department} AS department, {place} AS place
                FROM registration_cards c JOIN appeals a ON a.card_id = c.id)
            SELECT day, channel, attribute, value, count(*) FROM (
                SELECT day, channel, '{Topic}' AS attribute, coalesce(topic, '') AS value FROM x
                UNION ALL SELECT day, channel, '{Channel}', channel FROM x
                UNION ALL SELECT day, channel, '{Sign}', sign FROM x
                UNION ALL SELECT day, channel, '{Department}', department FROM x
                UNION ALL SELECT day, channel, '{Place}', place FROM x
                UNION ALL SELECT day, channel, '{Category}', value FROM ({categories}) AS cat
            ) t
            GROUP BY day, channel, attribute, value
            """;
    }

    /// <summary>value → count per period for one attribute, of the channels given (null: all).</summary>
    public static async Task<Counts> CountAsync(RatushaDb db, IReadOnlyList<DateRange> periods, string attribute, IReadOnlyCollection<string>? channels, CancellationToken ct)
    {
        var found = new List<(int, string?, int)>();
        for (var p = 0; p < periods.Count; p++)
        {
            var (from, to) = (periods[p].From, periods[p].To);
            var rows = db.Set<AppealTally>().AsNoTracking().Where(t => t.Attribute == attribute && t.Day >= from && t.Day <= to);
            if (channels is not null) rows = rows.Where(t => channels.Contains(t.Channel));
            var period = p;
            found.AddRange((await rows.GroupBy(t => t.Value).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).ToListAsync(ct))
                .Select(g => (period, g.Key == "" ? null : g.Key, g.N)));
        }
        return Counts.Of(found);
    }
}
