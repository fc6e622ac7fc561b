using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Ratusha.Data;

/// <summary>
/// The tallies' "add these counts" statements (INSERT … ON CONFLICT DO UPDATE) of one save, sent together: one round
/// trip for every tally a registration changes, while the journal's counter row is locked. A statement is closed and the
/// batch sent before it would pass the providers' parameter limits.
/// </summary>
internal sealed class TallyUpserts
{
    private const int MaxParameters = 30_000; // SQLite allows 32,766 per command, PostgreSQL 65,535
    private readonly StringBuilder sql = new();
    private readonly List<object> parameters = [];

    /// <param name="insert">"INSERT INTO t (a, b, n) VALUES"</param>
    /// <param name="onConflict">"ON CONFLICT (a, b) DO UPDATE SET n = t.n + excluded.n"</param>
    /// <param name="rows">In a fixed order, so that two saves lock shared rows in the same order.</param>
    public async Task AddAsync(RatushaDb db, string insert, string onConflict, IEnumerable<object[]> rows, CancellationToken ct)
    {
        var open = false;
        foreach (var row in rows)
        {
            if (parameters.Count + row.Length > MaxParameters)
            {
                if (open) sql.Append(' ').Append(onConflict).Append(';');
                await SendAsync(db, ct);
                open = false;
            }
            sql.Append(open ? ", (" : $"{insert} (");
            for (var i = 0; i < row.Length; i++) sql.Append(i == 0 ? "" : ", ").Append('{').Append(parameters.Count + i).Append('}');
            sql.Append(')');
            parameters.AddRange(row);
            open = true;
        }
        if (open) sql.Append(' ').Append(onConflict).Append(';');
    }

    /// <summary>Sends what is left, in the caller's transaction.</summary>
    public async Task SendAsync(RatushaDb db, CancellationToken ct)
    {
        if (sql.Length == 0) return;
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        sql.Clear();
        parameters.Clear();
    }
}
