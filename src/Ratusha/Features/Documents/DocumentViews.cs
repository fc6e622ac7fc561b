using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Registration;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.Documents;

/// <summary>Where a document stands: registered, on control, «до відома», removed from control, filed into its case file.</summary>
public static class DocumentStates
{
    public const string Registered = "registered";
    public const string OnControl = "on-control";
    public const string ForInformation = "for-information";
    public const string Removed = "removed";
    public const string Filed = "filed";

    public static readonly IReadOnlyList<(string Code, string Title)> All =
    [
        (Registered, "Зареєстровано, без контролю"),
        (OnControl, "На контролі"),
        (ForInformation, "«До відома» — до повернення для формування справ"),
        (Removed, "Знято з контролю, не підшито"),
        (Filed, "Підшито до справи"),
    ];

    public static string Title(string code) => All.FirstOrDefault(s => s.Code == code).Title ?? code;
}

public sealed record DocumentFilter(
    string? Kind = null, DateOnly? From = null, DateOnly? To = null, Guid? Department = null, string? State = null,
    string? Control = null, bool? Overdue = null, string? Q = null, int? Offset = null, int? Limit = null);

public sealed record TelephonogramView(string? TransmittedBy, string? ReceivedBy, DateTimeOffset? TransmittedAt);
public sealed record CaseFileRef(Guid Id, int Year, string Index, string Title);

public sealed record DocumentResponse(
    Guid Id, Guid CardId, string Kind, string KindTitle, string Journal, string Index, string RegisteredOn, DateTimeOffset ReceivedAt,
    string Summary, string? Correspondent, string? CorrespondentNumber, string? CorrespondentDate, int? Pages,
    string AccessLevel, Guid? DepartmentId, string? DepartmentName, string State, string StateTitle, string? DueDate, bool Overdue,
    DocumentRef? AnswersTo, DocumentRef[] Answers, TelephonogramView? Telephonogram, CaseFileRef? CaseFile, string? FiledOn,
    int Version, IReadOnlyList<string>? RegistrationExplanation = null);

/// <summary>
/// A page of the journal and whether another follows (<see cref="NextOffset"/> is where it starts). The journal is not
/// counted: a count walks the whole visible archive, which grows with the years, while a page costs the same at any size.
/// </summary>
public sealed record DocumentPage(IReadOnlyList<DocumentResponse> Items, int? NextOffset, bool HasMore);

/// <summary>A row of the XLSX export: the columns a clerk reads in the journal.</summary>
public sealed record DocumentExportRow(
    string Індекс, string Вид, string Дата_реєстрації, string Кореспондент, string Номер_і_дата_кореспондента, string Короткий_зміст,
    string Підрозділ, string Стан, string Строк, string Прострочено, string Справа);

/// <summary>
/// How a search of the journal chooses its way (<c>DocumentViews.SearchedCardsAsync</c>): the newest
/// <paramref name="Window"/> cards of the journal are walked first; failing that (PostgreSQL), a text found in at most
/// <paramref name="RareText"/> documents is looked up through the trigram index, a commoner one by walking on. Every
/// way gives the same pages; a test makes them small to take each way with a handful of documents.
/// </summary>
internal sealed record JournalSearch(int Window, int RareText)
{
    public static readonly JournalSearch Default = new(Window: 2000, RareText: 2000);
}

/// <summary>
/// What the documents pages and the API show. Who sees which document is the documents' card guard
/// (<see cref="DocumentCardGuard"/>, applied by <see cref="CardVisibility"/>): its access level, the department it is
/// addressed or assigned to, and the officials who work on it.
/// </summary>
internal static class DocumentViews
{
    private sealed class Row
    {
        public required Document d { get; init; }
        public required RegistrationCard c { get; init; }
    }

    /// <summary>
    /// The documents the user may see. The guard is a per-row probe of the document's card (it ends in <c>.Skip(0)</c>
    /// and refers to the document only), so PostgreSQL checks it after the journal's own conditions on the same row —
    /// the search first, then the guard's probes for the rows that match — instead of probing every card it walks.
    /// </summary>
    private static IQueryable<Row> Rows(RatushaDb db, CardVisibility visibility, ClaimsPrincipal user)
    {
        var visible = visibility.Filter(db, user, db.RegistrationCards.AsNoTracking());
        return from d in db.Documents.AsNoTracking()
               join c in db.RegistrationCards.AsNoTracking() on d.CardId equals c.Id
               where visible.Where(v => v.Id == d.CardId).Skip(0).Any()
               select new Row { d = d, c = c };
    }

    /// <summary>The search of the journal: the text in lower case, and the ids of its documents when the text is rare.</summary>
    private sealed record Search(string Needle, List<Guid>? Ids);

    /// <summary>
    /// The ids of the documents holding the text, when there are at most <paramref name="rareText"/> of them
    /// (PostgreSQL, from the trigram index); otherwise, and on SQLite (no index for a part of a word), no ids.
    /// </summary>
    private static async Task<Search?> SearchAsync(RatushaDb db, string? query, int rareText, CancellationToken ct)
    {
        if (Ui.FormText.OrNull(query) is not { } q) return null;
        var needle = q.ToLowerInvariant();
        if (db is not PostgresRatushaDb || rareText <= 0) return new Search(needle, null);
        var ids = await db.Documents.Where(d => d.SearchText.Contains(needle)).Select(d => d.Id).Take(rareText + 1).ToListAsync(ct);
        return new Search(needle, ids.Count <= rareText ? ids : null);
    }

    private static IQueryable<Row> Filtered(RatushaDb db, IQueryable<Row> rows, DocumentFilter f, Search? search, DateOnly today)
    {
        if (DocumentKinds.IsKnown(f.Kind)) rows = rows.Where(x => x.d.Kind == f.Kind);
        if (f.From is { } from) rows = rows.Where(x => x.c.RegisteredOn >= from);
        if (f.To is { } to) rows = rows.Where(x => x.c.RegisteredOn <= to);
        if (f.Department is { } department) rows = rows.Where(x => x.c.DepartmentId == department);
        var onControl = db.Resolutions.Where(r => r.State == ControlState.OnControl);
        rows = f.State switch
        {
            DocumentStates.Filed => rows.Where(x => x.d.CaseFileId != null),
            DocumentStates.OnControl => rows.Where(x => x.d.CaseFileId == null && onControl.Any(r => r.CardId == x.c.Id && !r.ForInformation)),
            DocumentStates.ForInformation => rows.Where(x => x.d.CaseFileId == null && onControl.Any(r => r.CardId == x.c.Id && r.ForInformation)),
            DocumentStates.Removed => rows.Where(x => x.d.CaseFileId == null && db.Resolutions.Any(r => r.CardId == x.c.Id) && !onControl.Any(r => r.CardId == x.c.Id)),
            DocumentStates.Registered => rows.Where(x => x.d.CaseFileId == null && !db.Resolutions.Any(r => r.CardId == x.c.Id)),
            _ => rows,
        };
        rows = f.Control switch
        {
            "on" => rows.Where(x => onControl.Any(r => r.CardId == x.c.Id)),
            "off" => rows.Where(x => !onControl.Any(r => r.CardId == x.c.Id)),
            _ => rows,
        };
        if (f.Overdue == true)
            rows = rows.Where(x => db.Assignments.Any(a => a.CardId == x.c.Id && (a.State == AssignmentState.Assigned || a.State == AssignmentState.Returned) && a.DueDate < today
                                                      && onControl.Any(r => r.Id == a.ResolutionId)));
        if (search is { Ids: { } ids }) rows = rows.Where(x => ids.Contains(x.d.Id));
        else if (search is { } common) rows = rows.Where(x => x.d.SearchText.Contains(common.Needle));
        return rows;
    }

    public static Task<DocumentPage> PageAsync(RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, DocumentFilter f, DateOnly today, CancellationToken ct) =>
        PageAsync(db, visibility, user, f, today, JournalSearch.Default, ct);

    /// <summary>A page of the journal, a search taking its way by <paramref name="how"/> (a test gives small ones).</summary>
    internal static async Task<DocumentPage> PageAsync(
        RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, DocumentFilter f, DateOnly today, JournalSearch how, CancellationToken ct)
    {
        var limit = Math.Clamp(f.Limit ?? 50, 1, 200);
        var offset = Math.Max(f.Offset ?? 0, 0);
        // One row more than the page tells whether another page follows, without counting the rest.
        var needle = Ui.FormText.OrNull(f.Q)?.ToLowerInvariant();
        var rows = Filtered(db, Rows(db, visibility, user), f, needle is null ? null : new Search(needle, null), today);
        List<Row> page;
        if (needle is null)
            page = await Ordered(rows).Skip(offset).Take(limit + 1).ToListAsync(ct);
        else
        {
            var cards = await SearchedCardsAsync(db, visibility, user, f, rows, today, offset, limit + 1, how, ct);
            page = cards.Count == 0 ? [] : await Ordered(rows.Where(x => cards.Contains(x.c.Id))).ToListAsync(ct);
        }
        var more = page.Count > limit;
        var items = await ViewsAsync(db, more ? page.GetRange(0, limit) : page, today, ct);
        return new DocumentPage(items, more ? offset + limit : null, more);
    }

    /// <summary>
    /// The cards of a searched page, in the journal's order: the <paramref name="take"/> visible matches after
    /// <paramref name="skip"/>. The way is chosen by what is cheap to learn first. (1) The newest
    /// <see cref="JournalSearch.Window"/> cards of the journal, each probed for a visible match: a text the page fills
    /// from (a common word, a frequent correspondent) is answered there, at the same cost at any size of the archive,
    /// since the window is the journal's own beginning. (2) Otherwise, on PostgreSQL, the ids of the documents holding
    /// the text from the trigram index, when there are at most <see cref="JournalSearch.RareText"/>: the guard probes
    /// only them and they are ordered here (a text with a digit — an index, a number — starts here). (3) Otherwise (and on SQLite) the walk goes on past the window. The card
    /// probes are per row (<c>.Skip(0)</c>), so that PostgreSQL cannot turn a walk into a plan that fetches and sorts
    /// every match. Every way gives the same cards in the same order.
    /// </summary>
    private static async Task<List<Guid>> SearchedCardsAsync(
        RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, DocumentFilter f, IQueryable<Row> rows, DateOnly today,
        int skip, int take, JournalSearch how, CancellationToken ct)
    {
        var journal = db.RegistrationCards.AsNoTracking().OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Number);
        IQueryable<RegistrationCard> Matching(IQueryable<RegistrationCard> cards) =>
            cards.Where(c => rows.Where(x => x.c.Id == c.Id).Select(x => x.d.Id).Skip(0).Any())
                .OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Number);

        // A text with a digit is most likely an index or a correspondent's number, held by a few documents: PostgreSQL
        // asks the index for it first, so that such searches (the most frequent) do not pay for the window's probes.
        var windowFirst = how.Window > 0 && !(db is PostgresRatushaDb && f.Q!.Any(char.IsAsciiDigit));
        var window = windowFirst
            ? await Matching(journal.Take(how.Window)).Take(skip + take).Select(c => c.Id).ToListAsync(ct)
            : [];
        if (window.Count == skip + take) return window.GetRange(skip, take);

        if (await SearchAsync(db, f.Q, how.RareText, ct) is { Ids: not null } rare)
        {
            var found = await Filtered(db, Rows(db, visibility, user), f, rare, today)
                .Select(x => new { x.c.Id, x.c.RegisteredAt, x.c.Number }).ToListAsync(ct);
            return [.. found.OrderByDescending(k => k.RegisteredAt).ThenByDescending(k => k.Number).Skip(skip).Take(take).Select(k => k.Id)];
        }

        // The window held every match among its cards (fewer than the page needs): the rest are older.
        var rest = await Matching(windowFirst ? journal.Skip(how.Window) : journal)
            .Skip(Math.Max(skip - window.Count, 0)).Take(take - Math.Max(window.Count - skip, 0)).Select(c => c.Id).ToListAsync(ct);
        return [.. window.Skip(skip).Concat(rest).Distinct()];
    }

    private static IOrderedQueryable<Row> Ordered(IQueryable<Row> rows) =>
        rows.OrderByDescending(x => x.c.RegisteredAt).ThenByDescending(x => x.c.Number);

    public static async Task<List<DocumentExportRow>> ExportAsync(RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, DocumentFilter f, DateOnly today, int max, CancellationToken ct)
    {
        var search = await SearchAsync(db, f.Q, JournalSearch.Default.RareText, ct);
        var rows = await Ordered(Filtered(db, Rows(db, visibility, user), f, search, today)).Take(max).ToListAsync(ct);
        var views = new List<DocumentResponse>(rows.Count);
        foreach (var chunk in rows.Chunk(500)) views.AddRange(await ViewsAsync(db, chunk, today, ct));
        return views.ConvertAll(v => new DocumentExportRow(
            v.Index, v.KindTitle, Ui.Formats.Date(v.RegisteredOn), v.Correspondent ?? "",
            string.Join(" від ", new[] { v.CorrespondentNumber, v.CorrespondentDate is null ? null : Ui.Formats.Date(v.CorrespondentDate) }.Where(s => s is not null)),
            v.Summary, v.DepartmentName ?? "", v.StateTitle, v.DueDate is null ? "" : Ui.Formats.Date(v.DueDate), v.Overdue ? "так" : "",
            v.CaseFile is null ? "" : $"{v.CaseFile.Index} {v.CaseFile.Title}"));
    }

    /// <summary>One document the user may see, or null.</summary>
    public static async Task<DocumentResponse?> OneAsync(RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, Guid id, DateOnly today, CancellationToken ct)
    {
        var row = await (from d in db.Documents.AsNoTracking()
                         join c in db.RegistrationCards.AsNoTracking() on d.CardId equals c.Id
                         where d.Id == id
                         select new Row { d = d, c = c }).SingleOrDefaultAsync(ct);
        if (row is null || !await visibility.CanSeeAsync(db, user, row.c.Id, ct)) return null;
        return (await ViewsAsync(db, [row], today, ct))[0];
    }

    /// <summary>The document of a registration card, for pages reached from the card.</summary>
    public static Task<Guid> IdOfCardAsync(RatushaDb db, Guid cardId, CancellationToken ct) =>
        db.Documents.Where(d => d.CardId == cardId).Select(d => d.Id).SingleOrDefaultAsync(ct);

    private static async Task<List<DocumentResponse>> ViewsAsync(RatushaDb db, IReadOnlyCollection<Row> rows, DateOnly today, CancellationToken ct)
    {
        var cardIds = rows.Select(x => x.c.Id).ToList();
        var docIds = rows.Select(x => x.d.Id).ToList();
        var journals = await db.Journals.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.Name, ct);
        var departmentIds = rows.Select(x => x.c.DepartmentId).OfType<Guid>().Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var resolutions = await db.Resolutions.AsNoTracking().Include(r => r.Assignments).Where(r => cardIds.Contains(r.CardId)).ToListAsync(ct);
        var answeredIds = rows.Select(x => x.d.AnswersId).OfType<Guid>().ToList();
        var links = await (from d in db.Documents.AsNoTracking()
                           join c in db.RegistrationCards on d.CardId equals c.Id
                           where answeredIds.Contains(d.Id) || (d.AnswersId != null && docIds.Contains(d.AnswersId.Value))
                           select new { d.Id, d.AnswersId, c.Index, c.RegisteredOn }).ToListAsync(ct);
        var caseIds = rows.Select(x => x.d.CaseFileId).OfType<Guid>().Distinct().ToList();
        var cases = await db.CaseFiles.AsNoTracking().Where(f => caseIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);

        return [.. rows.Select(x =>
        {
            var mine = resolutions.Where(r => r.CardId == x.c.Id).ToList();
            var open = mine.Where(r => r.State == ControlState.OnControl).ToList();
            var state = x.d.CaseFileId is not null ? DocumentStates.Filed
                : open.Any(r => !r.ForInformation) ? DocumentStates.OnControl
                : open.Count > 0 ? DocumentStates.ForInformation
                : mine.Count > 0 ? DocumentStates.Removed : DocumentStates.Registered;
            var due = open.Count == 0 ? (DateOnly?)null : open.Min(r => r.DueDate);
            var overdue = open.SelectMany(r => r.Assignments).Any(a => a.IsOverdue(today));
            var answersTo = x.d.AnswersId is { } aid ? links.Where(l => l.Id == aid).Select(l => new DocumentRef(l.Id, l.Index, Iso(l.RegisteredOn))).FirstOrDefault() : null;
            DocumentRef[] answers = [.. links.Where(l => l.AnswersId == x.d.Id).Select(l => new DocumentRef(l.Id, l.Index, Iso(l.RegisteredOn)))];
            var caseFile = x.d.CaseFileId is { } cid && cases.TryGetValue(cid, out var cf) ? new CaseFileRef(cf.Id, cf.Year, cf.Index, cf.Title) : null;
            return new DocumentResponse(
                x.d.Id, x.c.Id, x.d.Kind, DocumentKinds.Title(x.d.Kind), journals.GetValueOrDefault(x.c.JournalId, ""), x.c.Index, Iso(x.c.RegisteredOn), x.c.ReceivedAt,
                x.c.Summary, x.c.Correspondent, x.d.CorrespondentNumber, x.d.CorrespondentDate is { } cd ? Iso(cd) : null, x.d.Pages,
                x.d.AccessLevel, x.c.DepartmentId, x.c.DepartmentId is { } dep ? departments.GetValueOrDefault(dep) : null,
                state, DocumentStates.Title(state), due is { } dd ? Iso(dd) : null, overdue, answersTo, answers,
                x.d.Kind == DocumentKinds.Telephonogram ? new TelephonogramView(x.d.TransmittedBy, x.d.ReceivedBy, x.d.TransmittedAt) : null,
                caseFile, x.d.FiledOn is { } fo ? Iso(fo) : null, x.d.Version);
        })];
    }
}
