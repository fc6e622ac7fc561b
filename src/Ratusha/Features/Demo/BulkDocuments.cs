using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Analytics;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Documents;
using Ratusha.Features.Organisation;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Demo;

/// <summary>
/// <c>seed-documents --count N [--random-seed S]</c>: N more documents of the demo council over the last six years, for
/// measuring the document journal on big data — incoming letters (most of them), outgoing answers linked to the
/// incoming letter they answer, internal memos and telephonograms; some for official use; resolutions of the mayor and
/// the deputies with the engine's terms (30 days, «терміново», «до відома»), assignments with reports, removals from
/// control, and the documents filed into the case files of each year's nomenclature. Open work stays bounded per
/// official, as in <see cref="BulkAppeals"/>. The rows come from the entities' own factories and go straight into the
/// tables (binary COPY on PostgreSQL, prepared inserts on SQLite), the audit trail bypassed; numbers come from each
/// journal's counter, so later registrations continue them; the assignment tallies are rebuilt at the end.
/// </summary>
internal static class BulkDocuments
{
    private const int BatchSize = 10_000;
    private const int Years = 6;
    private const double OpenPerOfficial = 40;
    private const int BulkLoad = 500_000;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(OfficeHours.Default.TimeZoneId);

    public static Task<int> RunAsync(WebApplication app) => SeedCommand.RunAsync(app, "seed-documents", "документів", SeedAsync);

    public static async Task SeedAsync(IServiceProvider services, int count, int randomSeed, TextWriter progress)
    {
        var db = services.GetRequiredService<RatushaDb>();
        var calendar = await services.GetRequiredService<CalendarStore>().GetAsync();
        var office = await Office.LoadAsync(db, calendar, services.GetRequiredService<TimeProvider>(), new Random(randomSeed), randomSeed);
        var watch = Stopwatch.StartNew();
        var moments = office.Moments(count);
        await using (var files = await db.Database.BeginTransactionAsync())
        {
            await BulkRows.WriteAsync(db, office.NewCaseFiles);
            await files.CommitAsync();
        }
        var phases = new SeedPhases();
        var indexes = count >= BulkLoad ? await SecondaryIndexes.DropAsync(db, Tables(db), progress) : null;
        try
        {
            for (var done = 0; done < count;)
            {
                var batch = new ArraySegment<(DateTimeOffset At, DateOnly Day)>(moments, done, Math.Min(BatchSize, count - done));
                await using var transaction = await db.Database.BeginTransactionAsync();
                var kinds = batch.Select(_ => office.Kind()).ToList();
                var numbers = new Dictionary<string, Dictionary<int, int>>();
                foreach (var journal in batch.Zip(kinds).GroupBy(x => DocumentKinds.JournalOf(x.Second)))
                    numbers[journal.Key] = await BulkRows.ReserveAsync(db, office.Journals[journal.Key], journal.Select(x => x.First.Day.Year));
                var items = batch.Zip(kinds).Select(x => office.Item(x.First.At, x.First.Day, x.Second, numbers[DocumentKinds.JournalOf(x.Second)])).ToList();
                var resolutions = items.Select(i => i.Resolution).OfType<Resolution>().ToList();
                var assignments = resolutions.SelectMany(r => r.Assignments).ToList();
                await BulkRows.WriteAsync(db, items.Select(i => i.Card));
                await BulkRows.WriteAsync(db, items.Select(i => i.Document));
                await BulkRows.WriteAsync(db, resolutions);
                await BulkRows.WriteAsync(db, assignments);
                await BulkRows.WriteAsync(db, assignments.SelectMany(a => a.Reports));
                await transaction.CommitAsync();
                done += batch.Count;
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done:N0} / {count:N0} документів, {watch.Elapsed:hh\\:mm\\:ss}"));
            }
        }
        catch when (indexes is not null)
        {
            await SecondaryIndexes.RestoreAsync(db, indexes, progress, phases);
            throw;
        }
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  індекси, підсумки доручень для аналітики, статистика, {watch.Elapsed:hh\\:mm\\:ss}"));
        if (db.Database.IsNpgsql())
            await SecondaryIndexes.FinishAsync(db, indexes,
                [
                    new("підсумки assignment_tallies", $"DELETE FROM assignment_tallies; {AssignmentTallies.RebuildSql(npgsql: true)}"),
                    new("підсумки journal_tallies", $"DELETE FROM journal_tallies; {JournalTallies.RebuildSql(npgsql: true)}"),
                ],
                [.. Tables(db), .. new[] { typeof(AssignmentTally), typeof(JournalTally) }.Select(t => db.Model.FindEntityType(t)!.GetTableName()!)], progress, phases);
        else
        {
            await AssignmentTallies.RebuildAsync(db, default);
            await JournalTallies.RebuildAsync(db, default);
        }
    }

    private static string[] Tables(RatushaDb db) =>
        [.. new[] { typeof(RegistrationCard), typeof(Document), typeof(Resolution), typeof(Assignment), typeof(AssignmentReport) }
            .Select(t => db.Model.FindEntityType(t)!.GetTableName()!)];

    private sealed record Item(RegistrationCard Card, Document Document, Resolution? Resolution);

    /// <summary>The general department as the generator sees it: journals, departments and their staff, the case files of each year.</summary>
    private sealed class Office
    {
        private readonly Random rng;
        private readonly WorkingCalendar calendar;
        private readonly DateOnly today;
        private readonly DateTimeOffset now;
        private readonly string run;
        private readonly Department[] departments;
        private readonly Dictionary<Guid, Official[]> staff;
        private readonly Guid[] authors;
        private readonly Guid controller;
        private readonly Guid registrar;
        private readonly Dictionary<(int Year, Guid Department), Guid[]> caseFiles = [];
        private readonly Guid[] recentIncoming = new Guid[500];
        private int incomingSeen;
        private int serial;
        private double keepOpen = 1;

        private Office(Random rng, WorkingCalendar calendar, TimeProvider clock, int randomSeed, Dictionary<string, Journal> journals,
            List<Department> departments, List<Official> officials, Dictionary<string, (Guid Id, Guid? OfficialId)> users, List<CaseFile> existingFiles)
        {
            this.rng = rng;
            this.calendar = calendar;
            Journals = journals;
            now = clock.GetUtcNow();
            today = OfficeDay.Today(clock);
            run = Convert.ToString(randomSeed ^ (int)(now.ToUnixTimeSeconds() & 0xFFFFF), 16);
            staff = officials.GroupBy(o => o.DepartmentId).ToDictionary(g => g.Key, g => g.ToArray());
            this.departments = [.. departments.Where(d => d.Code != "00" && staff.ContainsKey(d.Id))];
            authors = [.. officials.Where(o => o.Position.StartsWith("Міський голова", StringComparison.Ordinal) || o.Position.Contains("аступник міського голови", StringComparison.Ordinal)).Select(o => o.Id)];
            controller = users.GetValueOrDefault("controller").OfficialId ?? authors[0];
            registrar = users.GetValueOrDefault("registrar").Id;

            // The nomenclature of each year: three case files per department, those already there kept.
            var taken = existingFiles.Select(f => (f.Year, f.Index)).ToHashSet();
            for (var year = today.Year - Years; year <= today.Year; year++)
                foreach (var department in this.departments)
                {
                    var own = existingFiles.Where(f => f.Year == year && f.DepartmentId == department.Id).Select(f => f.Id).ToList();
                    for (var n = 1; own.Count < 3; n++)
                    {
                        var index = $"{department.Code}-{n:00}";
                        if (!taken.Add((year, index))) continue;
                        var file = CaseFile.Create(new CaseFileRequest(year, index, $"{FileTitles[own.Count % FileTitles.Length]} ({department.ShortName})", department.Id, own.Count == 0 ? "Постійно" : "5 р. ЕПК"));
                        NewCaseFiles.Add(file);
                        own.Add(file.Id);
                    }
                    caseFiles[(year, department.Id)] = [.. own];
                }
        }

        public Dictionary<string, Journal> Journals { get; }
        public List<CaseFile> NewCaseFiles { get; } = [];

        public static async Task<Office> LoadAsync(RatushaDb db, WorkingCalendar calendar, TimeProvider clock, Random rng, int randomSeed)
        {
            var logIns = new[] { "controller", "registrar" };
            return new Office(rng, calendar, clock, randomSeed,
                await db.Journals.AsNoTracking().Where(j => DocumentControlRules.Kind.JournalCodes.Contains(j.Code)).ToDictionaryAsync(j => j.Code),
                await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(),
                await db.Officials.AsNoTracking().Where(o => o.IsActive).ToListAsync(),
                await db.Users.AsNoTracking().Where(u => logIns.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.OfficialId)),
                await db.CaseFiles.AsNoTracking().ToListAsync());
        }

        /// <summary>When the documents arrived, oldest first, nearly all in office hours; and how many of the last weeks' stay open.</summary>
        public (DateTimeOffset, DateOnly)[] Moments(int count)
        {
            var from = now.AddDays(-Years * 365);
            var moments = new (DateTimeOffset, DateOnly)[count];
            for (var i = 0; i < count;)
            {
                var at = from + (now - from) * rng.NextDouble();
                if (!OfficeHours.Default.IsWorkingTime(at, calendar) && rng.NextDouble() > 0.05) continue; // e-mail and telephonograms at any hour
                var day = OfficeHours.Default.RegistrationDayFor(at, calendar).Date;
                if (day <= today) moments[i++] = (at, day);
            }
            Array.Sort(moments, (a, b) => a.Item1.CompareTo(b.Item1));
            // About half of the documents go on control with a month's term: keep about OpenPerOfficial open per executor.
            var recent = moments.Count(m => m.Item2.DayNumber > today.DayNumber - 45);
            var executors = staff.Values.Sum(s => s.Length);
            keepOpen = Math.Min(1, OpenPerOfficial * executors / Math.Max(1, recent * 0.5));
            return moments;
        }

        public string Kind() => rng.NextDouble() switch
        {
            < 0.55 => DocumentKinds.Incoming,
            < 0.83 => DocumentKinds.Outgoing,
            < 0.97 => DocumentKinds.Internal,
            _ => DocumentKinds.Telephonogram,
        };

        public Item Item(DateTimeOffset receivedAt, DateOnly day, string kind, Dictionary<int, int> numbers)
        {
            var department = departments[(int)(departments.Length * rng.NextDouble() * rng.NextDouble())]; // a few departments get most
            var journal = Journals[DocumentKinds.JournalOf(kind)];
            var number = numbers[day.Year]++;
            var index = NumberFormat.Apply(journal.NumberFormat, number, day.Year, null, department.Code);
            var (topic, correspondent) = (Pick(Topics), Pick(Correspondents));
            var summary = string.Format(CultureInfo.InvariantCulture, topic, rng.Next(1, 40), day.Year);
            var from = kind == DocumentKinds.Internal ? department.Name : correspondent;
            var theirs = kind == DocumentKinds.Incoming || (kind == DocumentKinds.Telephonogram && rng.NextDouble() < 0.5)
                ? $"{rng.Next(1, 40):00}-{rng.Next(1, 30)}/{++serial}-{run}" : null;
            var answers = kind == DocumentKinds.Outgoing && incomingSeen > 0 && rng.NextDouble() < 0.6
                ? recentIncoming[rng.Next(Math.Min(incomingSeen, recentIncoming.Length))] : (Guid?)null;
            var request = new RegisterDocumentRequest(kind, summary, receivedAt, from, theirs,
                theirs is null ? null : day.AddDays(-rng.Next(1, 8)),
                rng.Next(1, 12), rng.NextDouble() < 0.05 ? AccessLevels.OfficialUse : AccessLevels.Public, department.Id, answers,
                kind == DocumentKinds.Telephonogram ? $"Черговий {correspondent}" : null, kind == DocumentKinds.Telephonogram ? "Марченко В. С." : null,
                kind == DocumentKinds.Telephonogram ? receivedAt : null);
            var registeredAt = Max(receivedAt, Kyiv(day, new TimeOnly(8, 0))).AddMinutes(rng.Next(5, 120));
            var card = RegistrationCard.Create(journal, new JournalNumber(day.Year, number, index), receivedAt, day,
                summary, from, department.Id, registrar, registeredAt < now ? registeredAt : now);
            var document = Document.Create(card, request);
            if (kind == DocumentKinds.Incoming) recentIncoming[incomingSeen++ % recentIncoming.Length] = document.Id;

            var controlled = kind switch
            {
                DocumentKinds.Incoming => 0.7,
                DocumentKinds.Internal => 0.4,
                DocumentKinds.Telephonogram => 0.5,
                _ => 0,
            };
            Resolution? resolution = null;
            var finished = day;
            if (rng.NextDouble() < controlled && !(day == today && rng.NextDouble() < 0.5))
                (resolution, finished) = Control(card, department);
            // Finished work goes to its case file within a few weeks; the last weeks' is still on the desks.
            if ((resolution is null || resolution.State == ControlState.RemovedFromControl)
                && calendar.OnOrAfter(finished.AddDays(rng.Next(3, 30))) is var filed && filed < today.AddDays(-14) && rng.NextDouble() < 0.85
                && caseFiles.TryGetValue((day.Year, department.Id), out var files))
                document.File(files[rng.Next(files.Length)], filed);
            return new Item(card, document, resolution);
        }

        /// <summary>A resolution with the engine's term, then its life up to today: answered and removed, or still open.</summary>
        private (Resolution, DateOnly Finished) Control(RegistrationCard card, Department department)
        {
            var rules = DocumentControlRules.Rules;
            var written = Min(calendar.OnOrAfter(card.RegisteredOn.AddDays(rng.Next(3))), today);
            var choice = rng.NextDouble();
            var forInformation = choice < 0.15;
            var term = forInformation ? rules.ForInformationTerm! : choice < 0.25 ? rules.UrgentTerm! : rules.DefaultTerm;
            var due = Deadline.For(term, card.RegisteredOn, calendar).Due;
            var people = staff[department.Id];
            var lead = people[rng.Next(people.Length)];
            List<Official> co = rng.NextDouble() < 0.2
                ? [.. staff.Values.SelectMany(s => s).Where(o => o.Id != lead.Id && !authors.Contains(o.Id)).OrderBy(_ => rng.Next()).Take(rng.Next(1, 3))]
                : [];
            var resolution = Resolution.Write(card.Id, rules.Kind, authors[rng.Next(authors.Length)], Pick(ResolutionTexts), written, card.RegisteredOn, due,
                controller, lead.Id, co.Select(o => (o.Id, o.DepartmentId)), Deadline.For(rules.CoExecutorTerm, due, calendar).Due, lead.DepartmentId, forInformation);

            var staysOpen = rng.NextDouble() < keepOpen;
            var late = rng.NextDouble() < 0.12;
            var answered = late ? calendar.OnOrAfter(due.AddDays(rng.Next(1, 20))) : Min(calendar.OnOrAfter(written.AddDays(rng.Next(Math.Max(1, due.DayNumber - written.DayNumber + 1)))), due);
            if (answered > today && !staysOpen) answered = Min(calendar.OnOrAfter(written.AddDays(rng.Next(Math.Max(1, today.DayNumber - written.DayNumber + 1)))), today);
            if (answered > today || (staysOpen && answered.DayNumber > today.DayNumber - 10 && rng.NextDouble() < 0.5))
                return (resolution, today); // still on control: some of them overdue
            foreach (var a in resolution.Assignments.Where(a => !a.IsLead))
                a.Report(ReportKind.CoExecutorReport, "Інформацію надано відповідальному виконавцю.", a.ExecutorId, Min(answered, a.DueDate));
            if (!forInformation) resolution.Lead.Report(ReportKind.Answer, Pick(Reports), lead.Id, answered);
            var removed = Min(calendar.OnOrAfter(answered.AddDays(rng.Next(3))), today);
            resolution.RemoveFromControl(forInformation ? "Ознайомлено, повернуто для формування справ." : answered <= due ? "Виконано у строк." : "Виконано з порушенням строку.", removed);
            return (resolution, removed);
        }

        private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

        private DateTimeOffset Kyiv(DateOnly day, TimeOnly time)
        {
            var local = day.ToDateTime(time);
            return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
        private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    }

    private static readonly string[] FileTitles =
    [
        "Листування з органами державної влади з основної діяльності",
        "Доповідні та службові записки",
        "Телефонограми та листування з підприємствами, установами, організаціями",
    ];

    private static readonly string[] Correspondents =
    [
        "Дніпропетровська обласна військова адміністрація", "Департамент освіти і науки облдержадміністрації", "ГУ ДСНС у Дніпропетровській області",
        "Пенсійний фонд України", "ГУ Держпродспоживслужби в Дніпропетровській області", "Новомосковська районна військова адміністрація",
        "Прокуратура Дніпропетровської області", "ГУ Національної поліції в Дніпропетровській області", "Державна податкова служба",
        "Міністерство розвитку громад та територій України", "ТОВ «Дніпроводоканал-Сервіс»", "КП «Міськтеплоенерго»",
        "ПрАТ «ДТЕК Дніпровські електромережі»", "Управління соціального захисту населення", "Асоціація міст України",
        "Державна аудиторська служба", "ГУ Держгеокадастру", "Обласний центр зайнятості", "КНП «Міська лікарня № 1»", "Рахункова палата",
    ];

    private static readonly string[] Topics =
    [
        "Про підготовку житлового фонду до опалювального сезону {1} року",
        "Про стан захисних споруд цивільного захисту (запит № {0})",
        "Про надання інформації щодо виконання програми енергозбереження за {1} рік",
        "Про організацію харчування учнів закладів освіти",
        "Про виплати внутрішньо переміщеним особам",
        "Про проведення перевірки дотримання бюджетного законодавства",
        "Про погодження проєкту рішення виконавчого комітету № {0}",
        "Про ремонт доріг комунальної власності",
        "Про стан розрахунків за енергоносії",
        "Про підготовку до весняного паводку",
        "Про засідання комісії з питань техногенно-екологічної безпеки та надзвичайних ситуацій",
        "Про кадрове забезпечення закладів охорони здоров'я",
        "Про бронювання військовозобов'язаних",
        "Про надання статистичної звітності за {1} рік",
        "Про план заходів з відзначення державних свят",
    ];

    private static readonly string[] ResolutionTexts =
    [
        "Опрацювати, вжити заходів, поінформувати.",
        "До виконання. Про результати доповісти у встановлений строк.",
        "Підготувати проєкт відповіді.",
        "Взяти до відома та керівництва в роботі.",
    ];

    private static readonly string[] Reports =
    [
        "Інформацію надано листом.",
        "Заходи вжито, про виконання поінформовано кореспондента.",
        "Підготовлено та направлено відповідь.",
    ];
}
