using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;

namespace Ratusha.Features.Registration;

/// <summary>
/// How many cards a journal registered on a day for a department (<see cref="Guid.Empty"/>: none). Cards never change
/// their journal, day or department and are never deleted, so the counts only grow: every save that registers cards adds
/// them in its transaction (<see cref="Capture"/>, <see cref="AddAsync"/>; a bulk import calls AddAsync itself), a bulk
/// load rebuilds them (<see cref="RebuildSql"/>). The start pages' "today / this year" per journal then read at most a
/// row per journal, day and department, whatever the size of the archive (counting a year's cards read 1.3 million
/// index entries at 10 million appeals).
/// </summary>
public sealed class JournalTally
{
    public Guid JournalId { get; init; }
    public DateOnly Day { get; init; }
    public Guid DepartmentId { get; init; }
    public int Count { get; init; }
}

internal sealed class JournalTallyMapping : IEntityTypeConfiguration<JournalTally>
{
    public void Configure(EntityTypeBuilder<JournalTally> b)
    {
        b.ToTable("journal_tallies");
        b.HasKey(t => new { t.JournalId, t.Day, t.DepartmentId });
        b.HasIndex(t => new { t.DepartmentId, t.Day }); // a department's start page
    }
}

internal static class JournalTallies
{
    internal readonly record struct Key(Guid JournalId, DateOnly Day, Guid DepartmentId);

    public static Key Of(RegistrationCard card) => new(card.JournalId, card.RegisteredOn, card.DepartmentId ?? Guid.Empty);

    /// <summary>Before a save: the cards it registers, counted per journal, day and department.</summary>
    public static Dictionary<Key, int> Capture(ChangeTracker tracker) =>
        Count(tracker.Entries<RegistrationCard>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));

    public static Dictionary<Key, int> Count(IEnumerable<RegistrationCard> cards)
    {
        var counts = new Dictionary<Key, int>();
        foreach (var key in cards.Select(Of)) counts[key] = counts.GetValueOrDefault(key) + 1;
        return counts;
    }

    /// <summary>In the caller's transaction, rows in a fixed order (two saves lock shared rows in the same order).</summary>
    public static Task AddAsync(TallyUpserts upserts, RatushaDb db, Dictionary<Key, int> counts, CancellationToken ct) =>
        upserts.AddAsync(db, "INSERT INTO journal_tallies (journal_id, day, department_id, count) VALUES",
            "ON CONFLICT (journal_id, day, department_id) DO UPDATE SET count = journal_tallies.count + excluded.count",
            counts.OrderBy(c => c.Key.JournalId).ThenBy(c => c.Key.Day).ThenBy(c => c.Key.DepartmentId)
                .Select(c => new object[] { c.Key.JournalId, c.Key.Day, c.Key.DepartmentId, c.Value }), ct);

    /// <summary>Counts every card again (after a bulk load, and by the migration that made the table).</summary>
    public static string RebuildSql(bool npgsql) => $"""
        INSERT INTO journal_tallies (journal_id, day, department_id, count)
        SELECT journal_id, registered_on, {(npgsql ? "coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid)" : "coalesce(department_id, '00000000-0000-0000-0000-000000000000')")}, count(*)
        FROM registration_cards GROUP BY 1, 2, 3
        """;

    public static async Task RebuildAsync(RatushaDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM journal_tallies", ct);
        await db.Database.ExecuteSqlRawAsync(RebuildSql(db.Database.IsNpgsql()), ct);
    }
}
