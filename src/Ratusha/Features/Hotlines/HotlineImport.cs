using System.Data.Common;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Analytics;
using Ratusha.Features.Appeals;
using Ratusha.Features.Audit;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Hotlines;

public sealed record HotlineImportProblem(int Row, string Reason);

/// <summary>
/// What an import did: rows read (without the header and blank rows), appeals registered, rows skipped because their
/// case is already registered (or repeats an earlier row), rows rejected with the reason; the columns no field took.
/// The lists keep the first <see cref="HotlineImport.ListedProblems"/> lines, the counts are complete.
/// </summary>
public sealed record HotlineImportReport(
    string Source, int Rows, int Registered, int Skipped, int Rejected,
    IReadOnlyList<HotlineImportProblem> SkippedRows, IReadOnlyList<HotlineImportProblem> RejectedRows, IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// Imports a contact centre's export into its hotline journal (§6.2): each row becomes a
/// <see cref="RegisterAppealRequest"/> with the centre's case number and is checked by the rules of
/// <see cref="RegisterAppeal"/> — the one registration of appeals. Idempotent by case number: a case already registered
/// is skipped, so the same file twice registers nothing twice. A row with bad data is reported by its number and reason;
/// the good rows go in. The file is read as a stream and registered in batches written in bulk (one look-up of case
/// numbers, one block of journal numbers, one COPY each of cards, appeals and audit rows per batch, in one transaction), so
/// neither the size of the file nor the number of rows costs a round trip per row.
/// </summary>
internal static class HotlineImport
{
    public const int ListedProblems = 1000;
    private const int BatchSize = 5000;

    private static readonly string[] DateFormats =
    [
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy H:mm", "dd.MM.yyyy", "d.M.yyyy HH:mm", "d.M.yyyy H:mm", "d.M.yyyy",
        "dd.MM.yy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd",
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy",
    ];

    /// <summary>
    /// Reads and registers a whole export; a file that cannot be read at all gives the error of the «file» field. The
    /// file is read and its rows checked on a thread of their own, a batch ahead, while the batch before is written:
    /// neither needs the database, so on two cores they take no time of their own.
    /// </summary>
    public static async Task<Outcome<HotlineImportReport>> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, HotlineSource source,
        Stream stream, HotlineFile.Kind kind, CancellationToken ct)
    {
        var saved = await HotlineMappings.SavedAsync(db, source, ct);
        var codes = await AppealCodes.LoadAsync(db, ct);
        var lookup = await ClassifierLookup.LoadAsync(db, ct);
        var journalCode = RegisterAppeal.JournalOf(source.Channel);
        var journal = await db.Journals.AsNoTracking().SingleOrDefaultAsync(j => j.Code == journalCode && j.IsActive, ct);

        using var rows = Rows(stream, kind).GetEnumerator();
        if (!TryMove(rows, out var header, out var unreadable))
            return Outcome.Invalid<HotlineImportReport>(Outcome.Error("file", unreadable ?? "Файл порожній: немає рядка заголовків."));
        var headers = header!.Cells.Select(Text).Select(h => h ?? "").ToList();
        var columns = HotlineFields.Resolve(headers, saved, out var ignored);
        foreach (var required in new[] { HotlineFields.ExternalNumber, HotlineFields.Text })
            if (!columns.ContainsKey(required))
                return Outcome.Invalid<HotlineImportReport>(Outcome.Error("file",
                    $"У файлі не знайдено стовпця «{HotlineFields.Title(required)}». Зіставте стовпці файлу з полями на сторінці відповідності стовпців і повторіть імпорт."));

        var checker = new Checker(headers, columns, lookup, source, codes, journal, await calendars.GetAsync(ct), clock);
        var run = new Run(db, calendars, clock, actor, source, codes, journal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = Channel.CreateBounded<List<Line>>(1);
        var reading = Task.Run(() => ReadAsync(rows, header.Number, checker, batches.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var lines in batches.Reader.ReadAllAsync(ct)) await run.FlushAsync(lines, ct);
        }
        finally
        {
            await stop.CancelAsync(); // the writing failed: the reader stops too
        }
        var (count, last, broken) = await reading;
        if (broken is not null) run.Reject(last + 1, broken);
        return Outcome.Done(run.Report(count, ignored));
    }

    /// <summary>The rows of the file, checked, in batches; the count of rows, the last row's number and why the rest could not be read.</summary>
    private static async Task<(int Rows, int LastRow, string? Unreadable)> ReadAsync(
        IEnumerator<HotlineFile.Row> rows, int headerRow, Checker checker, ChannelWriter<List<Line>> batches, CancellationToken ct)
    {
        var (count, last) = (0, headerRow);
        string? unreadable;
        try
        {
            var batch = new List<Line>(BatchSize);
            var now = checker.Now();
            while (TryMove(rows, out var row, out unreadable))
            {
                last = row!.Number;
                if (row.Cells.All(c => Text(c) is null)) continue; // a blank line is not a row
                count++;
                batch.Add(checker.Check(row, now));
                if (batch.Count < BatchSize) continue;
                await batches.WriteAsync(batch, ct);
                (batch, now) = (new List<Line>(BatchSize), checker.Now());
            }
            if (batch.Count > 0) await batches.WriteAsync(batch, ct);
            batches.Complete();
        }
        catch (Exception e)
        {
            batches.TryComplete(e);
            throw;
        }
        return (count, last, unreadable);
    }

    private static IEnumerable<HotlineFile.Row> Rows(Stream stream, HotlineFile.Kind kind) => HotlineFile.Rows(stream, kind);

    /// <summary>The next row, or why the rest of the file cannot be read (a broken XLSX).</summary>
    private static bool TryMove(IEnumerator<HotlineFile.Row> rows, out HotlineFile.Row? row, out string? unreadable)
    {
        row = null;
        unreadable = null;
        try
        {
            if (!rows.MoveNext()) return false;
            row = rows.Current;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            unreadable = "Файл пошкоджено або це не таблиця: його не вдалося прочитати.";
            return false;
        }
    }

    /// <summary>One row as a registration request, or the reason it cannot be one.</summary>
    private static (RegisterAppealRequest? Request, string? Problem) Read(
        HotlineFile.Row row, List<string> headers, Dictionary<string, int> columns, ClassifierLookup lookup, HotlineSource source)
    {
        string? Cell(string field) => columns.TryGetValue(field, out var i) && i < row.Cells.Length ? Text(row.Cells[i]) : null;
        string Header(string field) => headers[columns[field]].Trim();

        var external = Cell(HotlineFields.ExternalNumber);
        if (external is null) return (null, $"Немає номера звернення контактного центру (стовпець «{Header(HotlineFields.ExternalNumber)}»).");
        if (external.Length > 60) return (null, "Номер звернення контактного центру довший за 60 символів.");

        DateTimeOffset? centreAt = null, receivedAt = null;
        foreach (var (field, set) in new (string, Action<DateTimeOffset>)[] { (HotlineFields.CentreReceivedAt, v => centreAt = v), (HotlineFields.ReceivedAt, v => receivedAt = v) })
        {
            if (!columns.TryGetValue(field, out var i) || i >= row.Cells.Length || Text(row.Cells[i]) is null) continue;
            if (Instant(row.Cells[i]) is { } at) set(at);
            else return (null, $"Некоректна дата «{Text(row.Cells[i])}» у стовпці «{Header(field)}»: очікується дд.мм.рррр або дд.мм.рррр гг:хх.");
        }

        string? surname = Cell(HotlineFields.Surname), given = Cell(HotlineFields.GivenName), patronymic = Cell(HotlineFields.Patronymic);
        if (surname is null && Cell(HotlineFields.FullName) is { } full)
        {
            var parts = full.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            surname = parts[0];
            given ??= parts.Length > 1 ? parts[1] : null;
            patronymic ??= parts.Length > 2 ? string.Join(' ', parts[2..]) : null;
        }

        string? topic = null;
        if (Cell(HotlineFields.Topic) is { } topicText)
        {
            topic = lookup.Find(ClassifierLists.Topic, topicText);
            if (topic is null) return (null, $"Тематики «{topicText}» немає в класифікаторі (стовпець «{Header(HotlineFields.Topic)}»).");
        }
        var type = "3.2";
        if (Cell(HotlineFields.Type) is { } typeText)
            type = lookup.Find(ClassifierLists.Type, typeText) ?? "";
        if (type.Length == 0) return (null, $"Виду звернення «{Cell(HotlineFields.Type)}» немає в класифікаторі (стовпець «{Header(HotlineFields.Type)}»).");

        return (new RegisterAppealRequest(receivedAt, source.Channel, type, Cell(HotlineFields.Text) ?? "",
            Surname: surname, GivenName: given, Patronymic: patronymic, Address: Cell(HotlineFields.Address), Phone: Cell(HotlineFields.Phone),
            Email: Cell(HotlineFields.Email), Topic: topic, ExternalCaseNumber: external, CentreReceivedAt: centreAt), null);
    }

    /// <summary>A cell as text: trimmed, whole numbers without a decimal point; null when empty.</summary>
    internal static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => Ui.FormText.OrNull(s),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => Ui.FormText.OrNull(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Ui.FormText.OrNull(cell.ToString()),
    };

    /// <summary>A date (and time) of the office's clock, as a spreadsheet or a CSV gives it.</summary>
    internal static DateTimeOffset? Instant(object? cell)
    {
        var local = cell switch
        {
            DateTime dt => dt,
            DateTimeOffset dto => dto.DateTime,
            double d when d is > 1 and < 2958465 => DateTime.FromOADate(d),
            _ => DateTime.TryParseExact(Text(cell), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
                ? parsed : (DateTime?)null,
        };
        return local is { } l ? Ui.Formats.FromLocal(DateTime.SpecifyKind(l, DateTimeKind.Unspecified)) : null;
    }

    /// <summary>
    /// One row of the file on its way in: why it is not a request (<c>Problem</c>), or the request and either what its
    /// check found wrong (<c>Errors</c>) or the card it makes, with its time of receipt and day of registration.
    /// </summary>
    private sealed record Line(int Row, RegisterAppealRequest? Request, string? Problem = null,
        Dictionary<string, string[]>? Errors = null, RegisterCardRequest? Card = null, DateTimeOffset ReceivedAt = default, DateOnly Day = default);

    /// <summary>
    /// Reads a row into a request and checks it by the rules of <see cref="RegisterAppeal"/> — all that needs no database,
    /// so that it can run beside the writing. Without an open journal the rows are left for the row-by-row path to refuse.
    /// </summary>
    private sealed class Checker(List<string> headers, Dictionary<string, int> columns, ClassifierLookup lookup, HotlineSource source,
        AppealCodes codes, Journal? journal, WorkingCalendar calendar, TimeProvider clock)
    {
        public DateTimeOffset Now() => clock.GetUtcNow();

        public Line Check(HotlineFile.Row row, DateTimeOffset now)
        {
            var (request, problem) = Read(row, headers, columns, lookup, source);
            if (request is null) return new Line(row.Number, null, problem);
            if (journal is null) return new Line(row.Number, request);
            var errors = RegisterAppeal.Check(request, codes, now);
            if (errors.Count > 0) return new Line(row.Number, request, Errors: errors);
            var card = RegisterAppeal.CardRequest(request);
            var cardErrors = new Dictionary<string, string[]>();
            RegisterCard.Check(journal, card, now, cardErrors);
            if (cardErrors.Count > 0) return new Line(row.Number, request, Errors: RegisterAppeal.CardErrors(cardErrors));
            var receivedAt = RegisterCard.ReceivedAt(card, now);
            return new Line(row.Number, request, Card: card, ReceivedAt: receivedAt, Day: RegisterCard.DayOf(receivedAt, calendar).Date);
        }
    }

    /// <summary>Codes of the classifier found by code or by name, as the centres write them.</summary>
    private sealed class ClassifierLookup(Dictionary<(string, string), string> byKey)
    {
        public static async Task<ClassifierLookup> LoadAsync(RatushaDb db, CancellationToken ct)
        {
            var entries = await db.ClassifierEntries.AsNoTracking().Where(e => e.IsActive).Select(e => new { e.List, e.Code, e.Name }).ToListAsync(ct);
            var map = new Dictionary<(string, string), string>();
            foreach (var e in entries)
            {
                map.TryAdd((e.List, HotlineFields.Key(e.Name)), e.Code);
                map[(e.List, HotlineFields.Key(e.Code))] = e.Code;
            }
            return new ClassifierLookup(map);
        }

        public string? Find(string list, string text) => byKey.GetValueOrDefault((list, HotlineFields.Key(text)));
    }

    /// <summary>The state of one import: the counts and the reported rows, and the writing of each batch.</summary>
    private sealed class Run(RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, HotlineSource source, AppealCodes codes, Journal? journal)
    {
        private readonly List<HotlineImportProblem> skipped = [];
        private readonly List<HotlineImportProblem> rejected = [];
        private int skippedCount;
        private int rejectedCount;
        private int registered;

        public void Reject(int row, string reason)
        {
            rejectedCount++;
            if (rejected.Count < ListedProblems) rejected.Add(new(row, reason));
        }

        private void Skip(int row, string reason)
        {
            skippedCount++;
            if (skipped.Count < ListedProblems) skipped.Add(new(row, reason));
        }

        public HotlineImportReport Report(int rows, List<string> ignored) =>
            new(source.Code, rows, registered, skippedCount, rejectedCount, skipped, rejected, ignored);

        /// <summary>
        /// Registers a batch of checked rows: cases already here are looked up at once and skipped, the rest go in bulk in
        /// one transaction. Should that fail on the database (another import took a case meanwhile), the batch is rolled
        /// back and the rows go one by one through <see cref="RegisterAppeal"/>, each reporting its own fate.
        /// </summary>
        public async Task FlushAsync(List<Line> lines, CancellationToken ct)
        {
            foreach (var line in lines.Where(l => l.Request is null)) Reject(line.Row, line.Problem!);
            var requested = lines.Where(l => l.Request is not null).ToList();
            if (requested.Count == 0) return;
            var numbers = requested.Select(l => l.Request!.ExternalCaseNumber!).Distinct().ToList();
            var existing = await db.Appeals.AsNoTracking().Where(a => a.Channel == source.Channel && numbers.Contains(a.ExternalCaseNumber!))
                .Join(db.RegistrationCards, a => a.CardId, c => c.Id, (a, c) => new { a.ExternalCaseNumber, c.Index })
                .ToDictionaryAsync(x => x.ExternalCaseNumber!, x => x.Index, ct);
            var firstRow = new Dictionary<string, int>();
            var work = new List<Line>();
            foreach (var line in requested)
            {
                var number = line.Request!.ExternalCaseNumber!;
                if (existing.TryGetValue(number, out var index)) Skip(line.Row, $"Звернення № {number} уже зареєстровано: картка № {index}.");
                else if (firstRow.TryGetValue(number, out var earlier)) Skip(line.Row, $"Повторює рядок {earlier} (звернення № {number}).");
                else
                {
                    firstRow[number] = line.Row;
                    work.Add(line);
                }
            }
            if (work.Count == 0) return;

            var results = new List<(int Row, Outcome<Appeal> Outcome)>();
            if (!await TryBulkAsync(work, results, ct))
            {
                results.Clear();
                await RowByRowAsync(work, results, ct);
            }
            db.ChangeTracker.Clear();
            foreach (var (row, outcome) in results)
            {
                if (outcome.Value is not null) registered++;
                else if (outcome.Errors.TryGetValue("externalCaseNumber", out var duplicate)) Skip(row, duplicate[0]);
                else Reject(row, string.Join(" ", outcome.Errors.Values.SelectMany(v => v)));
            }
        }

        /// <summary>
        /// The batch in bulk, as <see cref="RegisterAppeal"/> would register it row by row: each row checked by the same
        /// rules (by the <see cref="Checker"/>), the journal's numbers for the batch taken per year in one counter update,
        /// the cards, appeals and their audit rows made by their factories while they stream to the database, all in one
        /// transaction: the database indexes the rows already sent while the next ones are made. False, with nothing
        /// written, when the batch is not for the bulk path (the journal is closed: the row-by-row path says so to each
        /// row) or the database refused it.
        /// </summary>
        private async Task<bool> TryBulkAsync(List<Line> work, List<(int Row, Outcome<Appeal> Outcome)> results, CancellationToken ct)
        {
            if (journal is null) return false;
            foreach (var line in work.Where(l => l.Errors is not null)) results.Add((line.Row, Outcome.Invalid<Appeal>(line.Errors!)));
            var ready = work.Where(l => l.Card is not null).ToList();
            if (ready.Count == 0) return true;

            var now = clock.GetUtcNow();
            var cardType = db.Model.FindEntityType(typeof(RegistrationCard))!;
            var appealType = db.Model.FindEntityType(typeof(Appeal))!;
            var cards = new List<RegistrationCard>(ready.Count);
            var appeals = new List<Appeal>(ready.Count);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var next = await BulkRows.ReserveAsync(db, journal, ready.Select(r => r.Day.Year), ct);
                IEnumerable<RegistrationCard> Cards()
                {
                    foreach (var line in ready)
                    {
                        var number = next[line.Day.Year]++;
                        var card = RegistrationCard.Create(journal,
                            new JournalNumber(line.Day.Year, number, NumberFormat.Apply(journal.NumberFormat, number, line.Day.Year, RegisterCard.Letter(line.Card!))),
                            line.ReceivedAt, line.Day, line.Card!.Summary, line.Card.Correspondent, line.Card.DepartmentId, actor.UserId, now);
                        cards.Add(card);
                        yield return card;
                    }
                }
                IEnumerable<Appeal> Appeals()
                {
                    for (var i = 0; i < ready.Count; i++)
                    {
                        var appeal = RegisterAppeal.NewAppeal(cards[i], ready[i].Request!, codes);
                        appeals.Add(appeal);
                        yield return appeal;
                    }
                }
                IEnumerable<AuditTrail.Change> Changes()
                {
                    for (var i = 0; i < ready.Count; i++)
                    {
                        yield return AuditTrail.Added(cardType, cards[i]); // the order of one save: the card, then its appeal
                        yield return AuditTrail.Added(appealType, appeals[i]);
                    }
                }
                await BulkRows.WriteAsync(db, Cards(), ct);
                await BulkRows.WriteAsync(db, Appeals(), ct);
                var tallies = new TallyUpserts();
                await JournalTallies.AddAsync(tallies, db, JournalTallies.Count(cards), ct);
                await AppealTallies.AddAsync(tallies, db, cards.Zip(appeals), ct);
                await tallies.SendAsync(db, ct);
                var chain = await AuditTrail.ChainBlock.TakeAsync(db, ready.Count * 2, ct);
                await BulkRows.WriteAsync(db, chain.Rows(Changes(), actor, clock.GetUtcNow()), ct);
                await chain.CloseAsync(db, ct);
                await transaction.CommitAsync(ct);
                for (var i = 0; i < ready.Count; i++) results.Add((ready[i].Row, Outcome.Done(appeals[i])));
                return true;
            }
            catch (DbException)
            {
                return false; // rolled back: another import took a case meanwhile, say
            }
        }

        /// <summary>Each row in its own registration, reporting its own fate: when the batch could not go in bulk.</summary>
        private async Task RowByRowAsync(List<Line> work, List<(int Row, Outcome<Appeal> Outcome)> results, CancellationToken ct)
        {
            foreach (var (row, request) in work.Select(l => (l.Row, l.Request!)))
            {
                try
                {
                    results.Add((row, await RegisterAppeal.RunAsync(db, calendars, clock, actor, request, ct, codes: codes)));
                }
                catch (DbUpdateException)
                {
                    // Another import took the case meanwhile — or the database refused the row for another reason: say which.
                    db.ChangeTracker.Clear();
                    var external = RegisterAppeal.ExternalNumber(request);
                    var taken = external is not null && await db.Appeals.AnyAsync(a => a.Channel == request.Channel && a.ExternalCaseNumber == external, ct);
                    results.Add((row, Outcome.Invalid<Appeal>(taken
                        ? new Dictionary<string, string[]> { ["externalCaseNumber"] = [$"Звернення № {external} щойно зареєстровано іншим імпортом."] }
                        : new Dictionary<string, string[]> { ["row"] = ["Рядок не збережено: база даних відхилила запис. Імпортуйте файл ще раз; уже зареєстровані рядки не повторяться."] })));
                }
                db.ChangeTracker.Clear(); // saved or not: tracking the earlier rows would make each save slower than the last
            }
        }
    }
}

/// <summary>The saved column mapping of a source: header key → field code (an empty code: ignore the column).</summary>
internal static class HotlineMappings
{
    public static async Task<Dictionary<string, string>> SavedAsync(RatushaDb db, HotlineSource source, CancellationToken ct) =>
        (await db.HotlineColumnMappings.AsNoTracking().Where(m => m.Source == source.Code).ToListAsync(ct))
            .GroupBy(m => HotlineFields.Key(m.Header)).ToDictionary(g => g.Key, g => g.First().Field);
}
