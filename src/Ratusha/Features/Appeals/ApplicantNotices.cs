using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Mail;

namespace Ratusha.Features.Appeals;

/// <summary>The applicant is told when the term of their appeal is extended (Law «Про звернення громадян» art. 20).</summary>
internal sealed class ApplicantNotices : ITermChangeListener
{
    public async Task TermExtendedAsync(RatushaDb db, Guid cardId, DateOnly newDue, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var appeal = await (from a in db.Appeals join c in db.RegistrationCards on a.CardId equals c.Id where a.CardId == cardId select new { a.Email, c.Index }).SingleOrDefaultAsync(ct);
        if (appeal?.Email is null) return;
        var due = Ui.Formats.Date(newDue);
        await Outbox.EnqueueAsync(db, $"appeal-extended:{cardId}:{newDue:yyyyMMdd}", appeal.Email, $"Строк розгляду вашого звернення № {appeal.Index} продовжено",
            $"Строк розгляду вашого звернення № {appeal.Index} продовжено до {due}. Підстава: {reason.Trim()} (ст. 20 Закону «Про звернення громадян»).", now, ct);
    }
}
