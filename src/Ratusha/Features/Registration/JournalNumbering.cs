using System.Collections.Concurrent;
using Ratusha.Data;

namespace Ratusha.Features.Registration;

/// <summary>
/// Gapless, unique numbers per sequence and year: the counter row is incremented with one upsert … RETURNING inside the
/// caller's transaction, so concurrent registrations wait for each other on the row lock and a rolled-back
/// registration gives its number back. The unique index on the cards is the last guard.
/// </summary>
public static class JournalNumbering
{
    /// <summary>
    /// Takes @taken numbers of the (@key, @year) sequence in one statement — the counter row made on the year's first
    /// registration — and returns the last of them. The row stays locked until the transaction ends.
    /// </summary>
    internal const string TakeSql =
        "INSERT INTO journal_counters (sequence_key, year, last_number) VALUES (@key, @year, @taken) " +
        "ON CONFLICT (sequence_key, year) DO UPDATE SET last_number = journal_counters.last_number + excluded.last_number RETURNING last_number";

    public static async Task<JournalNumber> NextAsync(
        RatushaDb db, Journal journal, int year, string? letter, string? departmentCode, CancellationToken ct)
    {
        await using var next = db.InTransaction(TakeSql, ("@key", journal.SequenceKey), ("@year", year), ("@taken", 1));
        var number = Convert.ToInt32(await next.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new JournalNumber(year, number, NumberFormat.Apply(journal.NumberFormat, number, year, letter, departmentCode));
    }
}

/// <summary>
/// One registration per sequence at a time in this process, from taking the number to the commit. The counter row's
/// lock serialises them anyway; when they queue here rather than in PostgreSQL, the one that holds the row is not
/// competing with dozens of sessions spinning in the server's lock manager (docs/PERFORMANCE.md, P1).
/// </summary>
internal static class JournalTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    public static async Task<Turn> TakeAsync(string sequenceKey, CancellationToken ct)
    {
        var turn = Turns.GetOrAdd(sequenceKey, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(ct);
        return new Turn(turn);
    }

    public sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) turn.Release();
        }
    }
}
