using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Audit;

public sealed record AuditVerificationResult(bool Intact, long RowsChecked, long? FirstBrokenSequence, string Message);

/// <summary>
/// Seals what is committed and not yet sealed, then walks the chain from the first row and names the first row that does
/// not fit: edited, deleted or out of place.
/// </summary>
public static class AuditVerification
{
    public static async Task<AuditVerificationResult> VerifyAsync(RatushaDb db, CancellationToken ct)
    {
        await AuditSealer.SealAsync(db, ct);
        var previousHash = AuditHash.Genesis;
        long expected = 1, checkedRows = 0;
        var chain = db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderBy(a => a.Sequence);
        await foreach (var row in chain.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.Sequence != expected)
                return Broken(checkedRows, row.Sequence!.Value, $"Перед записом №{row.Sequence} бракує записів №{expected}–{row.Sequence - 1}: їх видалено.");
            if (row.PreviousHash != previousHash)
                return Broken(checkedRows, row.Sequence!.Value, $"Запис №{row.Sequence} не продовжує ланцюжок: попередній запис змінено або підмінено.");
            if (AuditHash.Of(row, expected, previousHash) != row.Hash)
                return Broken(checkedRows, row.Sequence!.Value, $"Запис №{row.Sequence} змінено після внесення: його хеш не збігається.");
            previousHash = row.Hash;
            expected++;
            checkedRows++;
        }

        var head = await db.AuditChainHead.AsNoTracking().SingleAsync(ct);
        if (head.LastSequence != expected - 1 || head.LastHash != previousHash)
            return Broken(checkedRows, expected, $"Останні записи видалено: журнал закінчується записом №{expected - 1}, а мав би — №{head.LastSequence}.");
        return new AuditVerificationResult(true, checkedRows, null, $"Ланцюжок цілісний: перевірено {checkedRows} записів.");
    }

    private static AuditVerificationResult Broken(long checkedRows, long sequence, string message) =>
        new(false, checkedRows, sequence, message);
}
