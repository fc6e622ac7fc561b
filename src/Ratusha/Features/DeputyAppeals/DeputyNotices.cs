using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Mail;

namespace Ratusha.Features.DeputyAppeals;

/// <summary>
/// When the machine extends the term of a deputy appeal, the deputy gets a reasoned letter (§5.5.3: «повідомляють про
/// це офіційним листом з викладенням причин»): it is recorded in the appeal's notices in the same unit of work as the
/// extension, and goes by e-mail through the outbox when the deputy has an address.
/// </summary>
internal sealed class DeputyNotices : ITermChangeListener
{
    public async Task TermExtendedAsync(RatushaDb db, Guid cardId, DateOnly newDue, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var row = await (from d in db.DeputyAppeals join c in db.RegistrationCards on d.CardId equals c.Id where d.CardId == cardId select new { d, c.Index, c.RegisteredOn })
            .SingleOrDefaultAsync(ct);
        if (row is null) return;
        var today = DateOnly.FromDateTime(Ui.Formats.Local(now));
        var text = $"Розгляд вашого депутатського звернення № {row.Index} від {Ui.Formats.Date(row.RegisteredOn)} у визначений строк неможливий. " +
                   $"Причина: {reason.Trim()} Строк розгляду продовжено до {Ui.Formats.Date(newDue)} ({DeputyAppealRules.Clause(row.d.Kind)}).";
        var notice = DeputyNotice.Write(row.d.Id, DeputyNoticeKind.Extension, text, today, null);
        db.DeputyNotices.Add(notice);
        await SendByEmailAsync(db, row.d, notice, $"Продовження строку розгляду депутатського звернення № {row.Index}", today, now, ct);
    }

    /// <summary>Puts the notice in the outbox and records it as sent today, when the deputy has an e-mail address.</summary>
    internal static async Task SendByEmailAsync(RatushaDb db, DeputyAppeal appeal, DeputyNotice notice, string subject, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (appeal.Email is null) return;
        if (await Outbox.EnqueueAsync(db, $"deputy-notice:{notice.Id}", appeal.Email, subject, $"Шановний(а) {appeal.DeputyName}!\n\n{notice.Text}", now, ct))
            notice.Sent(DeputyDelivery.Email, today, appeal.Email);
    }
}
