using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Control;

/// <summary>
/// How the resolution sets the term: the kind's default, the short or urgent term, a date of its own, or «до відома»
/// (§5.3.13: no answer is asked; the item comes back for filing within the kind's term).
/// </summary>
public enum TermChoice { Default, Short, Urgent, Date, ForInformation }

public sealed record ResolutionRequest(
    [property: Required(ErrorMessage = "Вкажіть текст резолюції."), StringLength(4000, ErrorMessage = "Резолюція — до 4000 символів.")] string Text,
    Guid LeadExecutorId,
    Guid[]? CoExecutorIds,
    Guid ControllerId,
    TermChoice Term = TermChoice.Default,
    DateOnly? DueDate = null);

/// <summary>
/// An official writes a resolution on a registered item: it goes on control with a controller, the lead executor gets
/// the due date from the engine (the kind's term from registration, or a shorter date of the resolution, never past
/// the kind's ceiling), and the co-executors theirs, N working days before the lead's (§6.14).
/// </summary>
internal static class WriteResolution
{
    public static async Task<Outcome<Resolution>> RunAsync(
        RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock,
        Guid? author, Guid cardId, ResolutionRequest request, CancellationToken ct)
    {
        if (author is null) return Outcome.Refused<Resolution>("Резолюцію накладає посадова особа; ваш обліковий запис не пов'язано з посадовою особою.");
        var card = await (from c in db.RegistrationCards
                          join j in db.Journals on c.JournalId equals j.Id
                          where c.Id == cardId
                          select new { c.Id, c.RegisteredOn, c.ReceivedAt, Journal = j.Code }).SingleOrDefaultAsync(ct);
        if (card is null) return Outcome.Missing<Resolution>();

        var errors = Outcome.Validate(request);
        if (await db.Resolutions.AnyAsync(r => r.CardId == cardId && r.State == ControlState.OnControl, ct))
            errors["cardId"] = ["Цей документ уже на контролі за іншою резолюцією."];
        var coExecutors = (request.CoExecutorIds ?? []).Distinct().ToList();
        if (coExecutors.Contains(request.LeadExecutorId))
            errors["coExecutorIds"] = ["Відповідальний виконавець не може бути водночас співвиконавцем."];
        var people = await db.Officials.Where(o => o.IsActive && (o.Id == request.LeadExecutorId || o.Id == request.ControllerId || coExecutors.Contains(o.Id)))
            .Select(o => new { o.Id, o.DepartmentId }).ToDictionaryAsync(o => o.Id, o => o.DepartmentId, ct);
        if (!people.ContainsKey(request.LeadExecutorId)) errors["leadExecutorId"] = ["Оберіть відповідального виконавця."];
        if (!people.ContainsKey(request.ControllerId)) errors["controllerId"] = ["Оберіть контролера."];
        if (coExecutors.Any(id => !people.ContainsKey(id))) errors.TryAdd("coExecutorIds", ["Такого співвиконавця немає."]);

        var rules = rulebook.For(card.Journal);
        var calendar = await calendars.GetAsync(ct);
        var today = OfficeDay.Today(clock);
        var start = TermStart(rules, card.RegisteredOn, card.ReceivedAt);
        var legal = rules.LegalDue is { } legalDue ? await legalDue(db, cardId, calendar, ct) : null;
        var due = DueDate(rules, request, start, today, calendar, errors, legal);
        if (errors.Count > 0) return Outcome.Invalid<Resolution>(errors);

        var coExecutorDue = Deadline.For(rules.CoExecutorTerm, due, calendar).Due;
        var resolution = Resolution.Write(cardId, rules.Kind, author.Value, request.Text, today, start, due,
            request.ControllerId, request.LeadExecutorId, coExecutors.Select(id => (id, people[id])), coExecutorDue,
            people[request.LeadExecutorId], forInformation: request.Term == TermChoice.ForInformation);
        db.Resolutions.Add(resolution);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(resolution);
    }

    private static DateOnly DueDate(ControlRules rules, ResolutionRequest request, DateOnly registeredOn, DateOnly today,
        WorkingCalendar calendar, Dictionary<string, string[]> errors, DateOnly? legal = null)
    {
        if (request.Term == TermChoice.Default && legal is { } lawful) return lawful; // the kind's own law sets the item's term
        LegalTerm? term = request.Term switch
        {
            TermChoice.Default => rules.DefaultTerm,
            TermChoice.Short => rules.ShortTerm,
            TermChoice.Urgent => rules.UrgentTerm,
            TermChoice.ForInformation => rules.ForInformationTerm,
            _ => null,
        };
        if (request.Term != TermChoice.Date)
        {
            if (term is null) errors["term"] = ["Для цього виду документа такого строку немає."];
            return term is null ? today : Deadline.For(term, registeredOn, calendar).Due;
        }

        if (request.DueDate is not { } wanted)
        {
            errors["dueDate"] = ["Вкажіть дату виконання."];
            return today;
        }
        var due = calendar.OnOrAfter(wanted); // a term ending on a non-working day ends on the next working day (Civil Code art. 254)
        if (due < today) errors["dueDate"] = ["Дата виконання не може бути в минулому."];
        if (Ceiling(rules, registeredOn, calendar) is { } ceiling && due > ceiling.Due)
            errors["dueDate"] = [$"Строк не може бути пізніше {Ui.Formats.Date(ceiling.Due)}: {ceiling.Rule.Describe()} від реєстрації ({rules.MaximumTerm!.Source})."];
        else if (legal is { } limit && due > limit)
            errors["dueDate"] = [LaterThanLegal(rules, limit)];
        return due;
    }

    /// <summary>The day the kind's terms count from: the registration day, or the day of receipt in the office's time zone.</summary>
    internal static DateOnly TermStart(ControlRules rules, DateOnly registeredOn, DateTimeOffset receivedAt) =>
        rules.CountsFromReceipt ? DateOnly.FromDateTime(Ui.Formats.Local(receivedAt)) : registeredOn;

    /// <summary>Why a term past the item's legal due date is refused (<see cref="ControlRules.LegalDue"/>).</summary>
    internal static string LaterThanLegal(ControlRules rules, DateOnly legal) =>
        $"Строк не може бути пізніше {Ui.Formats.Date(legal)} — строку, встановленого законом ({rules.DefaultTerm.Source}).";

    /// <summary>The latest date any resolution or extension may set for this kind (appeals: 45 days, art. 20).</summary>
    internal static DeadlineResult? Ceiling(ControlRules rules, DateOnly registeredOn, WorkingCalendar calendar) =>
        rules.MaximumTerm is { } max ? Deadline.For(max, registeredOn, calendar) : null;
}
