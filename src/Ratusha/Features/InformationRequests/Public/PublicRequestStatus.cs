using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.InformationRequests.Public;

/// <summary>What anyone with the check code may see of a request: its number, dates, term and stage — nothing personal.</summary>
public sealed record PublicRequestStatus(string Index, DateTimeOffset ReceivedAt, DateOnly DueDate, DateTimeOffset? DueAt, bool Extended, string Stage);

internal static class PublicRequestStatuses
{
    public static async Task<PublicRequestStatus?> FindAsync(RatushaDb db, string? code, CancellationToken ct)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        if (normalized is not { Length: 9 }) return null;
        var row = await (from r in db.InformationRequests.AsNoTracking()
                         join c in db.RegistrationCards on r.CardId equals c.Id
                         where r.TrackingCode == normalized
                         select new { r.ReceivedAt, r.DueDate, r.DueAt, r.ExtendedOn, r.State, r.ClosedOn, r.ForwardedTo, c.Index }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var stage = row.State switch
        {
            RequestState.Answered => $"Відповідь надано {Ui.Formats.Date(row.ClosedOn!.Value)}",
            RequestState.Refused => $"Відмовлено {Ui.Formats.Date(row.ClosedOn!.Value)} (ст. 22 {InformationRequestRules.Law}); лист із підставою та порядком оскарження надіслано",
            RequestState.Forwarded => $"Направлено належному розпоряднику {Ui.Formats.Date(row.ClosedOn!.Value)}: {row.ForwardedTo}",
            _ when row.ExtendedOn is not null => "На розгляді; строк продовжено до 20 робочих днів (ч. 4 ст. 20)",
            _ => "На розгляді",
        };
        return new PublicRequestStatus(row.Index, row.ReceivedAt, row.DueDate, row.DueAt, row.ExtendedOn is not null, stage);
    }
}
