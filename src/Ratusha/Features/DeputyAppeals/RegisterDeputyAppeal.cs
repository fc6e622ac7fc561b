using System.ComponentModel.DataAnnotations;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.DeputyAppeals;

public sealed record RegisterDeputyAppealRequest(
    DeputyKind Kind,
    [property: Required(ErrorMessage = "Вкажіть прізвище, ім'я та по батькові депутата."), StringLength(300, ErrorMessage = "Ім'я депутата — до 300 символів.")] string DeputyName,
    [property: Required(ErrorMessage = "Вкажіть короткий зміст."), StringLength(2000, ErrorMessage = "Короткий зміст — до 2000 символів.")] string Summary,
    DateTimeOffset? ReceivedAt = null,
    [property: StringLength(100, ErrorMessage = "Скликання — до 100 символів.")] string? Convocation = null,
    [property: StringLength(200, ErrorMessage = "Фракція — до 200 символів.")] string? Faction = null,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти."), StringLength(254, ErrorMessage = "Адреса електронної пошти — до 254 символів.")] string? Email = null,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone = null,
    [property: StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string? Address = null,
    [property: StringLength(60, ErrorMessage = "Номер листа — до 60 символів.")] string? OutgoingNumber = null,
    DateOnly? OutgoingDate = null,
    [property: StringLength(20000, ErrorMessage = "Текст — до 20000 символів.")] string? Text = null,
    Guid? DepartmentId = null);

/// <summary>
/// Registers a deputy appeal once in its kind's journal (the people's deputies' or the local deputies' — one shared
/// yearly numbering), on the day of receipt or the next working day, with the deputy as correspondent.
/// </summary>
internal static class RegisterDeputyAppeal
{
    public static async Task<Outcome<DeputyAppeal>> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, RegisterDeputyAppealRequest r, CancellationToken ct)
    {
        var errors = Outcome.Validate(r);
        if (!Enum.IsDefined(r.Kind)) errors["kind"] = ["Оберіть, чиє звернення: народного депутата України чи депутата міської ради."];
        if (r.OutgoingDate is { } dated && r.ReceivedAt is { } received && dated > DateOnly.FromDateTime(Ui.Formats.Local(received)))
            errors["outgoingDate"] = ["Лист депутата не може бути датований пізніше, ніж він надійшов."];
        if (errors.Count > 0) return Outcome.Invalid<DeputyAppeal>(errors);

        var calendar = await calendars.GetAsync(ct);
        var rules = DeputyAppealRules.RulesOf(r.Kind);
        DeputyAppeal? appeal = null;
        var card = new RegisterCardRequest(r.ReceivedAt, r.Summary, r.DeputyName.Trim(), r.DepartmentId, null);
        var (registered, cardErrors) = await RegisterCard.RunAsync(db, calendars, clock, actor, DeputyAppealRules.JournalOf(r.Kind), card, ct,
            c =>
            {
                var due = Deadline.For(rules.DefaultTerm, WriteResolution.TermStart(rules, c.RegisteredOn, c.ReceivedAt), calendar).Due;
                appeal = DeputyAppeal.Create(c.Id, due, r);
                db.DeputyAppeals.Add(appeal);
            });
        if (registered is null) return Outcome.Invalid<DeputyAppeal>(cardErrors);
        return Outcome.Done(appeal!);
    }
}
