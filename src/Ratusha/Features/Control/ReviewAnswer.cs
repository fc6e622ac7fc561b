using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Control;

public sealed record ReviewRequest(
    [property: Required(ErrorMessage = "Вкажіть підставу."), StringLength(1000, ErrorMessage = "Підстава — до 1000 символів.")] string Basis,
    int Version);

/// <summary>
/// Only the controller checks the lead's answer (§5.3.10, §6.17): accepted, the item is removed from control with the
/// basis; not accepted, it goes back to the lead executor for the rework term (5 days), never past the kind's ceiling.
/// </summary>
internal static class ReviewAnswer
{
    public static Task<Outcome<Resolution>> RemoveFromControlAsync(
        RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, Guid? official, Guid resolutionId, ReviewRequest request, CancellationToken ct) =>
        RunAsync(db, calendars, rulebook, clock, official, resolutionId, request, accept: true, ct);

    public static Task<Outcome<Resolution>> ReturnAsync(
        RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, Guid? official, Guid resolutionId, ReviewRequest request, CancellationToken ct) =>
        RunAsync(db, calendars, rulebook, clock, official, resolutionId, request, accept: false, ct);

    private static async Task<Outcome<Resolution>> RunAsync(
        RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, Guid? official, Guid resolutionId,
        ReviewRequest request, bool accept, CancellationToken ct)
    {
        var resolution = await db.Resolutions.Include(r => r.Assignments).SingleOrDefaultAsync(r => r.Id == resolutionId, ct);
        if (resolution is null) return Outcome.Missing<Resolution>();
        if (official != resolution.ControllerId)
            return Outcome.Refused<Resolution>("Перевіряє відповідь і знімає з контролю лише контролер цієї резолюції (п. 5.3.10, 6.17 Регламенту).");

        var errors = Outcome.Validate(request);
        if (resolution.State != ControlState.OnControl) errors["state"] = ["Документ уже знято з контролю."];
        else if (resolution.ForInformation && !accept) errors["state"] = ["Резолюцію «до відома» не повертають на доопрацювання: відповіді вона не потребує (п. 5.3.13 Регламенту)."];
        else if (!resolution.ForInformation && resolution.Lead.State != AssignmentState.Answered) errors["state"] = ["Відповідальний виконавець ще не подав відповідь."];
        if (errors.Count > 0) return Outcome.Invalid<Resolution>(errors);

        Versions.Expect(db, resolution, request.Version);
        var today = OfficeDay.Today(clock);
        if (accept)
        {
            resolution.RemoveFromControl(request.Basis, today);
        }
        else
        {
            var journal = await (from c in db.RegistrationCards join j in db.Journals on c.JournalId equals j.Id where c.Id == resolution.CardId select j.Code).SingleAsync(ct);
            var rules = rulebook.For(journal);
            var calendar = await calendars.GetAsync(ct);
            var rework = Deadline.For(rules.ReworkTerm, today, calendar).Due;
            if (WriteResolution.Ceiling(rules, resolution.RegisteredOn, calendar) is { } ceiling && ceiling.Due >= today && rework > ceiling.Due)
                rework = ceiling.Due;
            resolution.ReturnForRework(rework, request.Basis);
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Done(resolution);
    }
}
