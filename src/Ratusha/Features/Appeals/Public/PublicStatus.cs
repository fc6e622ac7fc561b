using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;

namespace Ratusha.Features.Appeals.Public;

/// <summary>What anyone with the tracking code may see of an appeal: its number, dates and stage — nothing personal.</summary>
public sealed record PublicAppealStatus(string Index, DateOnly RegisteredOn, DateOnly DueDate, string Stage);

internal static class PublicStatus
{
    public static async Task<PublicAppealStatus?> FindAsync(RatushaDb db, WorkingCalendar calendar, string? code, CancellationToken ct)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        if (normalized is not { Length: 9 }) return null;
        var row = await (from a in db.Appeals.AsNoTracking()
                         join c in db.RegistrationCards on a.CardId equals c.Id
                         where a.TrackingCode == normalized
                         select new { a.CardId, a.NoAdditionalStudy, a.NotConsideredReason, a.Disposal, c.Index, c.RegisteredOn }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var removed = await db.Resolutions.AnyAsync(r => r.CardId == row.CardId && r.State == ControlState.RemovedFromControl, ct);
        var term = await db.Resolutions.Where(r => r.CardId == row.CardId && r.State == ControlState.OnControl).Select(r => (DateOnly?)r.DueDate).FirstOrDefaultAsync(ct);
        var onControl = term is not null;
        var sentOn = await (from s in db.Assignments
                            join p in db.AssignmentReports on s.Id equals p.AssignmentId
                            where s.CardId == row.CardId && s.IsLead && p.Kind == ReportKind.Answer && p.DeliveredOn != null
                            select p.DeliveredOn).MaxAsync(ct);
        var stage = row.NotConsideredReason is not null ? "Залишено без розгляду (ст. 8 Закону «Про звернення громадян»)"
            : row.Disposal is { } d ? ForwardOrReturn.Kinds.TryGetValue(d, out var k) ? char.ToUpperInvariant(k.Title[0]) + k.Title[1..] : d
            : sentOn is { } sent ? $"Відповідь надіслано {Ui.Formats.Date(sent)}"
            : removed ? "Розгляд завершено, відповідь надано"
            : onControl ? "На розгляді у виконавця"
            : "Зареєстровано, готується резолюція";
        // The term set by the resolution (moved by an extension, art. 20) or, before one is written, the law's.
        var due = term ?? Deadline.For(LegalTerms.Find(row.NoAdditionalStudy ? "appeal-short" : "appeal")!, row.RegisteredOn, calendar).Due;
        return new PublicAppealStatus(row.Index, row.RegisteredOn, due, stage);
    }
}
