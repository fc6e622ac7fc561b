using Ratusha.Data;

namespace Ratusha.Features.Registration;

/// <summary>
/// Gapless, unique numbers per sequence and year: the counter row is incremented with UPDATE … RETURNING inside the
/// caller's transaction, so concurrent registrations wait for each other on the row lock and a rolled-back
/// registration gives its number back. The unique index on the cards is the last guard.
/// </summary>
public static class JournalNumbering
{
    public static async Task<JournalNumber> NextAsync(
        RatushaDb db, Journal journal, int year, string? letter, string? departmentCode, CancellationToken ct)
    {
        (string, object)[] key = [("@key", journal.SequenceKey), ("@year", year)];
        await using (var ensure = db.InTransaction(
            "INSERT INTO journal_counters (sequence_key, year, last_number) VALUES (@key, @year, 0) ON CONFLICT DO NOTHING", key))
        {
            await ensure.ExecuteNonQueryAsync(ct);
        }

        await using var next = db.InTransaction(
            "UPDATE journal_counters SET last_number = last_number + 1 WHERE sequence_key = @key AND year = @year RETURNING last_number", key);
        var number = Convert.ToInt32(await next.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new JournalNumber(year, number, NumberFormat.Apply(journal.NumberFormat, number, year, letter, departmentCode));
    }
}
