using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Mail;
using Ratusha.Features.Shell;
using static Ratusha.Features.InformationRequests.InformationRequestRules;

namespace Ratusha.Features.InformationRequests;

public sealed record UrgencyCommand(
    bool Urgent,
    string? UrgentGround,
    [property: Required(ErrorMessage = "Вкажіть, чому змінюєте позначку терміновості."), StringLength(2000, ErrorMessage = "Підстава — до 2000 символів.")] string Reason,
    int? Version = null);

public sealed record ExtensionCommand(
    [property: Required(ErrorMessage = "Оберіть підставу продовження: великий обсяг інформації (large-volume) або пошук серед значної кількості даних (extensive-search).")] string Ground,
    [property: Required(ErrorMessage = "Обґрунтуйте продовження строку (ч. 4 ст. 20)."), StringLength(4000, ErrorMessage = "Обґрунтування — до 4000 символів.")] string Reason,
    AnswerDelivery? NoticeBy = null,
    int? Version = null);

public sealed record RefusalCommand(
    [property: Required(ErrorMessage = "Оберіть підставу відмови з ч. 1 ст. 22 Закону «Про доступ до публічної інформації».")] string Ground,
    [property: Required(ErrorMessage = "Вкажіть мотивовану підставу відмови (ч. 4 ст. 22)."), StringLength(8000, ErrorMessage = "Мотиви — до 8000 символів.")] string Reasons,
    [property: StringLength(2000, ErrorMessage = "Порядок оскарження — до 2000 символів.")] string? AppealRoute = null,
    AnswerDelivery? By = null,
    [property: StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string? To = null,
    int? Version = null);

public sealed record ForwardCommand(
    [property: Required(ErrorMessage = "Вкажіть належного розпорядника інформації."), StringLength(500, ErrorMessage = "Назва розпорядника — до 500 символів.")] string To,
    [property: StringLength(4000, ErrorMessage = "Примітка — до 4000 символів.")] string? Note = null,
    int? Version = null);

public sealed record AnswerCommand(
    [property: Required(ErrorMessage = "Вкажіть текст відповіді."), StringLength(20000, ErrorMessage = "Відповідь — до 20000 символів.")] string Text,
    AnswerDelivery? By = null,
    [property: StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string? To = null,
    int? Version = null);

/// <summary>Who handles requests: the registrar and the hotline specialist (seed 000 §2.12–2.13), and the lead executor of its resolution.</summary>
internal static class InformationRequestAccess
{
    public static bool Handles(ClaimsPrincipal user) => user.IsInRole(Roles.Registrar) || user.IsInRole(Roles.HotlineSpecialist);

    public static async Task<bool> MayDecideAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        if (Handles(user)) return true;
        var official = DepartmentScope.OfficialOf(user);
        return official is not null && await db.Assignments.AnyAsync(a => a.CardId == cardId && a.IsLead && a.ExecutorId == official
            && (a.State == AssignmentState.Assigned || a.State == AssignmentState.Returned), ct);
    }

    public const string NotYours = "Вирішує запит відповідальний за запити на інформацію (загальний відділ, спеціаліст з питань доступу до публічної інформації) або відповідальний виконавець за резолюцією.";
}

/// <summary>
/// What happens to a request after registration: the urgent mark (art. 20 p. 2–3), the extension with a notice within
/// 5 working days of receipt (art. 20 p. 4), the refusal on a ground of art. 22 p. 1 with the article cited, the
/// forwarding to the proper holder within 5 working days (art. 22 p. 3), and the answer. Each letter to the requester
/// goes by e-mail through the outbox when there is an address, otherwise it is recorded as posted.
/// </summary>
internal static class InformationRequestActions
{
    public static readonly IReadOnlyDictionary<string, string> ExtensionGrounds = new Dictionary<string, string>
    {
        ["large-volume"] = "запит стосується надання великого обсягу інформації",
        ["extensive-search"] = "запит потребує пошуку інформації серед значної кількості даних",
    };

    private sealed record Context(InformationRequest Request, string Index, WorkingCalendar Calendar, DateOnly Today, DateTimeOffset Now, Guid? Official);

    private static async Task<(Context? Context, Outcome<InformationRequest>? Refusal)> LoadAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ClaimsPrincipal user, Guid id, int? version, bool registrarOnly, CancellationToken ct)
    {
        var row = await (from r in db.InformationRequests join c in db.RegistrationCards on r.CardId equals c.Id where r.Id == id select new { r, c.Index }).SingleOrDefaultAsync(ct);
        if (row is null) return (null, Outcome.Missing<InformationRequest>());
        if (registrarOnly ? !InformationRequestAccess.Handles(user) && !user.IsInRole(Roles.Administrator)
                          : !await InformationRequestAccess.MayDecideAsync(db, user, row.r.CardId, ct))
            return (null, Outcome.Refused<InformationRequest>(InformationRequestAccess.NotYours));
        if (version is { } v) Versions.Expect(db, row.r, v);
        return (new Context(row.r, row.Index, await calendars.GetAsync(ct), OfficeDay.Today(clock), clock.GetUtcNow(), DepartmentScope.OfficialOf(user)), null);
    }

    private static void Pending(InformationRequest r, Dictionary<string, string[]> errors)
    {
        if (r.State != RequestState.Pending)
            errors.TryAdd("state", [$"Розгляд запиту завершено: {StateTitle(r.State)} {Ui.Formats.Date(r.ClosedOn!.Value)}."]);
    }

    public static async Task<Outcome<InformationRequest>> MarkUrgentAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ClaimsPrincipal user, Guid id, UrgencyCommand command, CancellationToken ct)
    {
        var (x, refusal) = await LoadAsync(db, calendars, clock, user, id, command.Version, registrarOnly: true, ct);
        if (x is null) return refusal!;
        var errors = Outcome.Validate(command);
        Pending(x.Request, errors);
        if (command.Urgent && (command.UrgentGround is null || !UrgentGrounds.ContainsKey(command.UrgentGround)))
            errors.TryAdd("urgentGround", ["Оберіть, чого стосується термінова інформація (ч. 2 ст. 20)."]);
        if (command.Urgent && x.Request.IsExtended)
            errors.TryAdd("urgent", ["Строк розгляду запиту вже продовжено у зв'язку з великим обсягом інформації: такий запит не опрацьовується за 48 годин."]);
        if (command.Urgent == x.Request.IsUrgent && x.Request.UrgentGround == (command.Urgent ? command.UrgentGround : null))
            errors.TryAdd("urgent", [command.Urgent ? "Запит уже позначено як терміновий." : "Запит і так не позначено як терміновий."]);
        if (errors.Count > 0) return Outcome.Invalid<InformationRequest>(errors);

        var term = InformationRequestTerms.For(x.Request.ReceivedAt, command.Urgent, x.Request.IsExtended, x.Calendar);
        x.Request.SetUrgency(command.Urgent, command.UrgentGround, command.Reason, term);
        await MoveControlAsync(db, x, term.DueDate,
            command.Urgent ? $"Запит позначено як терміновий — 48 годин з моменту отримання (ч. 2 ст. 20): {command.Reason.Trim()}"
                           : $"Позначку терміновості знято — 5 робочих днів з дня отримання (ч. 1 ст. 20): {command.Reason.Trim()}", ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(x.Request);
    }

    public static async Task<Outcome<InformationRequest>> ExtendAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ClaimsPrincipal user, Guid id, ExtensionCommand command, CancellationToken ct)
    {
        var (x, refusal) = await LoadAsync(db, calendars, clock, user, id, command.Version, registrarOnly: false, ct);
        if (x is null) return refusal!;
        var r = x.Request;
        var errors = Outcome.Validate(command);
        Pending(r, errors);
        if (command.Ground is not null && !ExtensionGrounds.ContainsKey(command.Ground))
            errors.TryAdd("ground", ["Строк продовжують лише тоді, коли запит стосується великого обсягу інформації або потребує пошуку серед значної кількості даних (ч. 4 ст. 20): large-volume або extensive-search."]);
        if (r.IsExtended) errors.TryAdd("state", [$"Строк уже продовжено {Ui.Formats.Date(r.ExtendedOn!.Value)}."]);
        if (r.IsUrgent) errors.TryAdd("state", ["Термінова інформація надається протягом 48 годин (ч. 2 ст. 20): строк не продовжується."]);
        var noticeDue = InformationRequestTerms.ExtensionNoticeDue(r.ReceivedAt, x.Calendar);
        if (x.Today > noticeDue)
            errors.TryAdd("noticeDue", [$"Повідомити запитувача про продовження строку треба було не пізніше {Ui.Formats.Date(noticeDue)} — п'ятого робочого дня з дня отримання запиту (ч. 4 ст. 20): продовжити строк уже не можна."]);
        var by = command.NoticeBy ?? (r.Email is not null ? AnswerDelivery.Email : AnswerDelivery.Post);
        var to = Address(r, by, null, errors, "noticeBy");
        if (errors.Count > 0) return Outcome.Invalid<InformationRequest>(errors);

        var term = InformationRequestTerms.For(r.ReceivedAt, urgent: false, extended: true, x.Calendar);
        var grounds = $"{ExtensionGrounds[command.Ground!]}. {command.Reason.Trim()}";
        r.Extend(grounds, x.Today, by, term);
        await MoveControlAsync(db, x, term.DueDate, $"Строк розгляду запиту продовжено до 20 робочих днів (ч. 4 ст. 20): {grounds}", ct);
        if (by == AnswerDelivery.Email)
            await Outbox.EnqueueAsync(db, $"information-request-extended:{r.Id}", to, $"Строк розгляду вашого запиту № {x.Index} продовжено",
                $"Повідомляємо, що строк розгляду вашого запиту на інформацію № {x.Index} від {Ui.Formats.Date(term.ReceivedOn)} продовжено до " +
                $"{Ui.Formats.Date(term.DueDate)} (20 робочих днів з дня отримання запиту, ч. 4 ст. 20 {Law}).\n\nОбґрунтування: {grounds}", x.Now, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(r);
    }

    public static async Task<Outcome<InformationRequest>> RefuseAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ClaimsPrincipal user, Guid id, RefusalCommand command, CancellationToken ct)
    {
        var (x, refusal) = await LoadAsync(db, calendars, clock, user, id, command.Version, registrarOnly: false, ct);
        if (x is null) return refusal!;
        var r = x.Request;
        var errors = Outcome.Validate(command);
        Pending(r, errors);
        if (command.Ground is not null && !RefusalGrounds.ContainsKey(command.Ground))
            errors.TryAdd("ground", [$"Відмовити можна лише з підстав ч. 1 ст. 22 {Law}: not-holder (п. 1), restricted (п. 2), unpaid-costs (п. 3), form (п. 4)."]);
        var by = command.By ?? (r.Email is not null ? AnswerDelivery.Email : AnswerDelivery.Post);
        var to = Address(r, by, command.To, errors, "to");
        if (errors.Count > 0) return Outcome.Invalid<InformationRequest>(errors);

        var route = Ui.FormText.OrNull(command.AppealRoute) ?? DefaultAppealRoute;
        var signer = await SignerAsync(db, x.Official, ct);
        var (clause, title) = RefusalGrounds[command.Ground!];
        var letter = $"Розглянувши ваш запит на інформацію № {x.Index} від {Ui.Formats.Date(InformationRequestTerms.ReceivedOn(r.ReceivedAt))}, " +
            $"повідомляємо про відмову в його задоволенні на підставі {clause} {Law}: {title}.\n\nМотиви відмови: {command.Reasons.Trim()}\n\n" +
            $"Порядок оскарження: {route}\n\n{signer}, {Ui.Formats.Date(x.Today)}";
        r.Refuse(command.Ground!, command.Reasons, route, x.Official, x.Today, x.Now);
        await ReplyAsync(db, x, letter, by, to, "refusal", $"Відповідь на ваш запит на інформацію № {x.Index}: відмова", letter, ct);
        return Outcome.Done(r);
    }

    public static async Task<Outcome<InformationRequest>> ForwardAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ClaimsPrincipal user, Guid id, ForwardCommand command, CancellationToken ct)
    {
        var (x, refusal) = await LoadAsync(db, calendars, clock, user, id, command.Version, registrarOnly: true, ct);
        if (x is null) return refusal!;
        var r = x.Request;
        var errors = Outcome.Validate(command);
        Pending(r, errors);
        var due = InformationRequestTerms.ForwardDue(r.ReceivedAt, x.Calendar);
        if (x.Today > due)
            errors.TryAdd("forwardDue", [$"Направити запит належному розпоряднику треба було не пізніше {Ui.Formats.Date(due)} — п'ятого робочого дня з дня отримання (ч. 3 ст. 22). Дайте відповідь або відмовте з підстави п. 1 ч. 1 ст. 22."]);
        var by = r.Email is not null ? AnswerDelivery.Email : AnswerDelivery.Post;
        var to = Address(r, by, null, errors, "to");
        if (errors.Count > 0) return Outcome.Invalid<InformationRequest>(errors);

        var notice = $"Міська рада не володіє інформацією, яку ви запитали у запиті № {x.Index}. Відповідно до ч. 3 ст. 22 {Law} " +
            $"ваш запит направлено належному розпоряднику: {command.To.Trim()}." + (Ui.FormText.OrNull(command.Note) is { } note ? $"\n\n{note}" : "");
        r.Forward(command.To, notice, x.Official, x.Today, x.Now);
        await ReplyAsync(db, x, notice, by, to, "forward", $"Ваш запит на інформацію № {x.Index} направлено належному розпоряднику", notice, ct);
        return Outcome.Done(r);
    }

    public static async Task<Outcome<InformationRequest>> AnswerAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ClaimsPrincipal user, Guid id, AnswerCommand command, CancellationToken ct)
    {
        var (x, refusal) = await LoadAsync(db, calendars, clock, user, id, command.Version, registrarOnly: false, ct);
        if (x is null) return refusal!;
        var r = x.Request;
        var errors = Outcome.Validate(command);
        Pending(r, errors);
        var by = command.By ?? (r.Email is not null || command.To is not null && command.To.Contains('@', StringComparison.Ordinal) ? AnswerDelivery.Email : AnswerDelivery.Post);
        var to = Address(r, by, command.To, errors, "to");
        if (errors.Count > 0) return Outcome.Invalid<InformationRequest>(errors);

        r.Answer(command.Text, by, to, x.Official, x.Today, x.Now);
        await ReplyAsync(db, x, command.Text, by, to, "answer", $"Відповідь на ваш запит на інформацію № {x.Index}",
            $"{r.RequesterName}!\n\nНа ваш запит на інформацію № {x.Index} від {Ui.Formats.Date(InformationRequestTerms.ReceivedOn(r.ReceivedAt))} повідомляємо:\n\n{command.Text.Trim()}", ct);
        return Outcome.Done(r);
    }

    /// <summary>Where a letter goes: the given address, else the requester's e-mail or postal address.</summary>
    private static string Address(InformationRequest r, AnswerDelivery by, string? given, Dictionary<string, string[]> errors, string field)
    {
        var to = Ui.FormText.OrNull(given);
        switch (by)
        {
            case AnswerDelivery.Email:
                to ??= r.Email;
                if (to is null) errors.TryAdd(field, ["Запитувач не вказав адресу електронної пошти: надішліть лист поштою (Post)."]);
                else if (!new EmailAddressAttribute().IsValid(to)) errors.TryAdd(field, ["Некоректна адреса електронної пошти."]);
                break;
            case AnswerDelivery.Post:
                to ??= r.PostalAddress;
                if (to is null) errors.TryAdd(field, ["Запитувач не вказав поштової адреси: надішліть лист електронною поштою (Email)."]);
                break;
            default:
                errors.TryAdd(field, ["Оберіть спосіб: Email або Post."]);
                break;
        }
        return to ?? "";
    }

    private static async Task<string> SignerAsync(RatushaDb db, Guid? official, CancellationToken ct) =>
        official is null ? "Відповідальна особа з питань доступу до публічної інформації"
            : await db.Officials.AsNoTracking().Where(o => o.Id == official).Select(o => o.Position + " " + o.GivenName + " " + o.Surname).SingleOrDefaultAsync(ct) ?? "";

    /// <summary>The on-control resolution's terms follow the request's legal term (the machine's extension record keeps the reason).</summary>
    private static async Task MoveControlAsync(RatushaDb db, Context x, DateOnly newDue, string reason, CancellationToken ct)
    {
        var resolution = await db.Resolutions.Include(s => s.Assignments).Include(s => s.Extensions)
            .SingleOrDefaultAsync(s => s.CardId == x.Request.CardId && s.State == ControlState.OnControl, ct);
        if (resolution is null || resolution.DueDate == newDue) return;
        var coExecutorDue = Deadline.For(Rules.CoExecutorTerm, newDue, x.Calendar).Due;
        db.Add(resolution.Extend(x.Official ?? resolution.AuthorId, newDue, coExecutorDue, reason.Length > 2000 ? reason[..1999] + "…" : reason, x.Today));
    }

    /// <summary>When the lead executor of the request's resolution closes it, the machine keeps it as their answer, delivered.</summary>
    /// <summary>The final reply (answer, refusal, forwarding): recorded on control as the lead's delivered answer, sent by e-mail through the outbox when it goes by e-mail, saved.</summary>
    private static async Task ReplyAsync(RatushaDb db, Context x, string recorded, AnswerDelivery by, string to, string kind, string subject, string body, CancellationToken ct)
    {
        await RecordOnControlAsync(db, x, recorded, by, to, ct);
        if (by == AnswerDelivery.Email)
            await Outbox.EnqueueAsync(db, $"information-request-{kind}:{x.Request.Id}", to, subject, body, x.Now, ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task RecordOnControlAsync(RatushaDb db, Context x, string text, AnswerDelivery by, string to, CancellationToken ct)
    {
        if (x.Official is not { } official) return;
        var lead = await db.Assignments.Include(a => a.Reports)
            .SingleOrDefaultAsync(a => a.CardId == x.Request.CardId && a.IsLead && a.ExecutorId == official
                && (a.State == AssignmentState.Assigned || a.State == AssignmentState.Returned), ct);
        if (lead is null) return;
        var report = lead.Report(ReportKind.Answer, text.Length > 8000 ? text[..7999] + "…" : text, official, x.Today);
        report.Delivered(by, x.Today, to);
        db.Add(report);
    }
}
