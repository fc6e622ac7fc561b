using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Attachments;

/// <summary>
/// The council's file store quota, checked and taken in one step. Every writer to the store (an upload, an e-mail with
/// files) calls <see cref="RoomAsync"/> inside the transaction that saves its files: the call makes it the only writer
/// to the store until that transaction ends, then sums what is stored. So uploads sent together cannot all fit into
/// the same free space. PostgreSQL: a transaction-level advisory lock, released by commit or rollback and shared by
/// every instance on the database. SQLite: the transaction already holds the database's one write lock, because
/// Microsoft.Data.Sqlite opens it with BEGIN IMMEDIATE.
/// </summary>
internal static class FileStoreQuota
{
    /// <summary>The key of the advisory lock of the file store ("RatFiles" in ASCII), the same in every instance.</summary>
    private const long LockKey = 0x5261_7446_696C_6573;

    /// <summary>The bytes still free in the store, with the store locked for the caller's transaction.</summary>
    public static async Task<long> RoomAsync(RatushaDb db, AttachmentOptions limits, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await using var take = db.InTransaction("SELECT pg_advisory_xact_lock(@key)", ("@key", LockKey));
            await take.ExecuteNonQueryAsync(ct);
        }
        else if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The file store quota must be checked inside the transaction that saves the files.");
        }
        return limits.QuotaBytes - (await db.Attachments.SumAsync(a => (long?)a.Length, ct) ?? 0);
    }
}
