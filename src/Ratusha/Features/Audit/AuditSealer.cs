using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Audit;

/// <summary>
/// Chains the committed audit rows, oldest written first, moments after their transactions commit: woken by every save
/// that wrote some, and once a second for rows written by another instance or inside a caller's transaction. Writers
/// never wait for the chain head; only sealers (one per instance) and bulk imports take its row lock, so two sealers
/// never give one row two places. See docs/decisions/0003-audit-chain-and-numbering-locks.md.
/// </summary>
public sealed class AuditSealer(IServiceScopeFactory scopes, ILogger<AuditSealer> log) : BackgroundService
{
    private const int Batch = 2000;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    private readonly Channel<bool> due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Some rows were written: seal them soon. Many pulses before the sealer wakes are one.</summary>
    public void Pulse() => due.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SealAsync(scope.ServiceProvider.GetRequiredService<RatushaDb>(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException)
            {
                log.LogWarning(e, "Audit rows could not be sealed now; the next round tries again.");
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(Idle);
            try
            {
                if (await due.Reader.WaitToReadAsync(wait.Token)) due.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // a second without a pulse: look anyway
            }
        }
    }

    /// <summary>Seals every committed unsealed row; the number sealed.</summary>
    public static async Task<int> SealAsync(RatushaDb db, CancellationToken ct)
    {
        var sealedRows = 0;
        while (await db.AuditEntries.AnyAsync(a => a.Sequence == null, ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The head first: a second sealer waits here and then sees these rows sealed.
            await using (var head = db.InTransaction("UPDATE audit_chain_head SET last_sequence = last_sequence WHERE id = 1"))
            {
                await head.ExecuteNonQueryAsync(ct);
            }
            var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0) break; // another sealer took them meanwhile (the transaction rolls back on dispose)

            var block = await AuditTrail.ChainBlock.TakeAsync(db, rows.Count, ct);
            foreach (var row in rows) block.Seal(row);
            await WriteAsync(db, rows, ct);
            await block.CloseAsync(db, ct);
            await transaction.CommitAsync(ct);
            sealedRows += rows.Count;
        }
        return sealedRows;
    }

    private static async Task WriteAsync(RatushaDb db, List<AuditEntry> rows, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await using var update = db.InTransaction(
                "UPDATE audit_entries a SET sequence = v.s, previous_hash = v.p, hash = v.h " +
                "FROM unnest(@ids, @sequences, @previous, @hashes) AS v(id, s, p, h) WHERE a.id = v.id AND a.sequence IS NULL",
                ("@ids", rows.Select(r => r.Id).ToArray()), ("@sequences", rows.Select(r => r.Sequence!.Value).ToArray()),
                ("@previous", rows.Select(r => r.PreviousHash!).ToArray()), ("@hashes", rows.Select(r => r.Hash!).ToArray()));
            Check(await update.ExecuteNonQueryAsync(ct), rows.Count);
            return;
        }

        await using var one = db.InTransaction(
            "UPDATE audit_entries SET sequence = @s, previous_hash = @p, hash = @h WHERE id = @id AND sequence IS NULL",
            ("@s", 0L), ("@p", ""), ("@h", ""), ("@id", 0L));
        await one.PrepareAsync(ct);
        var updated = 0;
        foreach (var row in rows)
        {
            (one.Parameters[0].Value, one.Parameters[1].Value, one.Parameters[2].Value, one.Parameters[3].Value) =
                (row.Sequence!.Value, row.PreviousHash!, row.Hash!, row.Id);
            updated += await one.ExecuteNonQueryAsync(ct);
        }
        Check(updated, rows.Count);
    }

    private static void Check(int updated, int expected)
    {
        if (updated != expected)
            throw new InvalidOperationException($"Sealing: {expected} audit rows were read unsealed, {updated} were sealed.");
    }
}
