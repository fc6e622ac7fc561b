using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Control;

public sealed record ExtensionRequest(
    DateOnly NewDueDate,
    [property: Required(ErrorMessage = "Вкажіть підставу продовження."), StringLength(2000, ErrorMessage = "Підстава — до 2000 символів.")] string Reason,
    int Version);

/// <summary>
/// The official who set the term extends it, with a reason (§6.15, art. 20); never past the kind's ceiling — for
/// appeals 45 days from registration in total. Co-executors' dates move with the lead's.
/// </summary>
internal static class ExtendTerm
{
    public static async Task<Outcome<Resolution>> RunAsync(
        RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, IEnumerable<ITermChangeListener> listeners,
        Guid? official, Guid resolutionId, ExtensionRequest request, CancellationToken ct)
    {
        var resolution = await db.Resolutions.Include(r => r.Assignments).Include(r => r.Extensions).SingleOrDefaultAsync(r => r.Id == resolutionId, ct);
        if (resolution is null) return Outcome.Missing<Resolution>();
        if (official != resolution.AuthorId)
            return Outcome.Refused<Resolution>("Продовжити строк може лише посадова особа, яка його встановила (п. 6.15 Регламенту).");

        var errors = Outcome.Validate(request);
        if (resolution.State != ControlState.OnControl) errors["state"] = ["Документ уже знято з контролю."];
        var journal = await (from c in db.RegistrationCards join j in db.Journals on c.JournalId equals j.Id where c.Id == resolution.CardId select j.Code).SingleAsync(ct);
        var rules = rulebook.For(journal);
        var calendar = await calendars.GetAsync(ct);
        var newDue = calendar.OnOrAfter(request.NewDueDate);
        if (newDue <= resolution.DueDate)
            errors["newDueDate"] = [$"Новий строк має бути пізніше чинного — {Ui.Formats.Date(resolution.DueDate)}."];
        else if (WriteResolution.Ceiling(rules, resolution.RegisteredOn, calendar) is { } ceiling && newDue > ceiling.Due)
            errors["newDueDate"] = [$"Загальний строк не може перевищувати {ceiling.Rule.Describe()} від реєстрації ({rules.MaximumTerm!.Source}): не пізніше {Ui.Formats.Date(ceiling.Due)}."];
        else if (rules.LegalDue is { } legalDue && await legalDue(db, resolution.CardId, calendar, ct) is { } legal && newDue > legal)
            errors["newDueDate"] = [WriteResolution.LaterThanLegal(rules, legal)];
        if (errors.Count > 0) return Outcome.Invalid<Resolution>(errors);

        Versions.Expect(db, resolution, request.Version);
        var coExecutorDue = Deadline.For(rules.CoExecutorTerm, newDue, calendar).Due;
        db.Add(resolution.Extend(official.Value, newDue, coExecutorDue, request.Reason, OfficeDay.Today(clock)));
        foreach (var listener in listeners)
            await listener.TermExtendedAsync(db, resolution.CardId, newDue, request.Reason, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(resolution);
    }
}
