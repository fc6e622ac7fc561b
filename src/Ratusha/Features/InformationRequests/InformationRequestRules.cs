using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;

namespace Ratusha.Features.InformationRequests;

/// <summary>
/// Public information requests (Law «Про доступ до публічної інформації» art. 19–22) as a kind of controlled item:
/// registered in their own journal; a resolution's term is the request's legal term (<see cref="InformationRequestTerms"/>),
/// and no resolution or extension of the control machine passes it — the term is extended only here, with a notice
/// to the requester (art. 20 p. 4).
/// </summary>
public static class InformationRequestRules
{
    public const string Journal = "information-requests";
    public const string Law = "Закону України «Про доступ до публічної інформації»";

    public static readonly ControlRules Rules = new(
        Kind: "information-request",
        DefaultTerm: ControlRules.Term("information-request"),
        ShortTerm: null,
        UrgentTerm: null,
        MaximumTerm: null,
        CoExecutorTerm: ControlRules.Term("co-executor"),
        ReworkTerm: ControlRules.Term("rework"),
        LegalDue: LegalDueAsync,
        Title: "Запити на публічну інформацію");

    public static readonly ControlKind Kind = new([Journal], Rules);

    /// <summary>How a request arrived (art. 19 p. 3: orally, in writing or otherwise — post, e-mail, phone).</summary>
    public static readonly IReadOnlyDictionary<string, string> Channels = new Dictionary<string, string>
    {
        ["portal"] = "через вебпортал",
        ["email"] = "електронною поштою",
        ["post"] = "поштою",
        ["phone"] = "телефоном",
        ["in-person"] = "особисто",
    };

    /// <summary>What makes a request urgent (art. 20 p. 2): the answer is due within 48 hours of receipt.</summary>
    public static readonly IReadOnlyDictionary<string, string> UrgentGrounds = new Dictionary<string, string>
    {
        ["life-or-freedom"] = "захист життя чи свободи особи",
        ["environment"] = "стан довкілля",
        ["food-quality"] = "якість харчових продуктів і предметів побуту",
        ["accident"] = "аварії",
        ["disaster"] = "катастрофи",
        ["natural-hazard"] = "небезпечні природні явища",
        ["emergency"] = "інші надзвичайні події, що сталися або можуть статися і загрожують безпеці громадян",
    };

    /// <summary>The only grounds of a refusal (art. 22 p. 1), each with its clause.</summary>
    public static readonly IReadOnlyDictionary<string, (string Clause, string Title)> RefusalGrounds = new Dictionary<string, (string, string)>
    {
        ["not-holder"] = ("п. 1 ч. 1 ст. 22", "розпорядник інформації не володіє і не зобов'язаний відповідно до його компетенції володіти інформацією, щодо якої зроблено запит"),
        ["restricted"] = ("п. 2 ч. 1 ст. 22", "інформація, що запитується, належить до категорії інформації з обмеженим доступом (ч. 2 ст. 6)"),
        ["unpaid-costs"] = ("п. 3 ч. 1 ст. 22", "особа, яка подала запит, не оплатила фактичні витрати, пов'язані з копіюванням або друком (ст. 21)"),
        ["form"] = ("п. 4 ч. 1 ст. 22", "не дотримано вимог до запиту, передбачених ч. 5 ст. 19"),
    };

    public static string RefusalCitation(string ground) => $"{RefusalGrounds[ground].Clause} {Law}";

    public const string DefaultAppealRoute =
        "Рішення, дії чи бездіяльність розпорядника інформації можуть бути оскаржені до керівника розпорядника, вищого органу " +
        "або до суду (ст. 23 Закону України «Про доступ до публічної інформації»).";

    public static string StateTitle(RequestState state) => state switch
    {
        RequestState.Answered => "надано відповідь",
        RequestState.Refused => "відмовлено (ст. 22)",
        RequestState.Forwarded => "направлено належному розпоряднику (ч. 3 ст. 22)",
        _ => "на розгляді",
    };

    /// <summary>The journals requests are registered in.</summary>
    public static async Task<Guid> JournalIdAsync(RatushaDb db, CancellationToken ct) =>
        await db.Journals.AsNoTracking().Where(j => j.Code == Journal).Select(j => j.Id).SingleAsync(ct);

    private static async Task<DateOnly?> LegalDueAsync(RatushaDb db, Guid cardId, WorkingCalendar calendar, CancellationToken ct) =>
        await db.InformationRequests.Where(r => r.CardId == cardId).Select(r => (DateOnly?)r.DueDate).SingleOrDefaultAsync(ct);
}

/// <summary>The term of one request: counted from the day of receipt, or for 48 hours from the instant of receipt.</summary>
public sealed record RequestTerm(DateOnly ReceivedOn, DateOnly DueDate, DateTimeOffset? DueAt, LegalTerm Term, IReadOnlyList<string> Explanation);

/// <summary>
/// Art. 20: the answer within 5 working days of the day of receipt; within 48 hours of receipt when urgent; up to 20
/// working days of receipt when extended. The notice of an extension (art. 20 p. 4) and a forwarding (art. 22 p. 3)
/// are due within 5 working days of receipt. Working days come from the council's calendar.
/// </summary>
public static class InformationRequestTerms
{
    /// <summary>The day of receipt on the office's clock (Kyiv time).</summary>
    public static DateOnly ReceivedOn(DateTimeOffset receivedAt) => DateOnly.FromDateTime(Ui.Formats.Local(receivedAt));

    public static RequestTerm For(DateTimeOffset receivedAt, bool urgent, bool extended, WorkingCalendar calendar)
    {
        var day = ReceivedOn(receivedAt);
        if (urgent)
        {
            var hours = ControlRules.Term("information-request-urgent");
            var instant = Deadline.ForInstant((Hours)hours.Rule, receivedAt, hours.Source);
            return new RequestTerm(day, DateOnly.FromDateTime(Ui.Formats.Local(instant.Due)), instant.Due, hours, instant.Explanation);
        }
        var term = ControlRules.Term(extended ? "information-request-extended" : "information-request");
        var result = Deadline.For(term, day, calendar);
        return new RequestTerm(day, result.Due, null, term, result.Explanation);
    }

    /// <summary>The last day to tell the requester of an extension (art. 20 p. 4).</summary>
    public static DateOnly ExtensionNoticeDue(DateTimeOffset receivedAt, WorkingCalendar calendar) =>
        Deadline.For(ControlRules.Term("information-request-extension-notice"), ReceivedOn(receivedAt), calendar).Due;

    /// <summary>The last day to send the request to the proper holder (art. 22 p. 3).</summary>
    public static DateOnly ForwardDue(DateTimeOffset receivedAt, WorkingCalendar calendar) =>
        Deadline.For(ControlRules.Term("information-request-forward"), ReceivedOn(receivedAt), calendar).Due;
}
