using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Analytics;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Organisation;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Demo;

/// <summary>
/// <c>seed-appeals --count N [--random-seed S]</c>: N more appeals of the demo council over the last six years, for
/// measuring lists on big data — numbered cards in the appeals journal, resolutions of the deputy mayors, assignments,
/// answers and removals from control, and the open, overdue and returned work of the last weeks.
/// The rows come from the entities' own factories and go straight into the tables (binary COPY on PostgreSQL, prepared
/// inserts on SQLite): the use cases, and with them the audit trail, are bypassed on purpose. Numbers are taken from
/// the journal counter in the transaction that writes the cards, so later registrations continue them; due dates come
/// from the deadline engine with the appeal rules, as <see cref="WriteResolution"/> and <see cref="ReviewAnswer"/> set them.
/// </summary>
internal static class BulkAppeals
{
    private const int BatchSize = 10_000;
    private const int Years = 6;
    private const int RecentDays = 60;
    /// <summary>The open assignments an official carries whatever the size of the archive: more appeals mean a longer history, not busier people.</summary>
    private const double OpenPerOfficial = 40;
    private const string City = "м. Новомосковськ"; // the demo council's town (DemoData)
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(OfficeHours.Default.TimeZoneId);

    public static Task<int> RunAsync(WebApplication app) => SeedCommand.RunAsync(app, "seed-appeals", "звернень", SeedAsync);

    public static async Task SeedAsync(IServiceProvider services, int count, int randomSeed, TextWriter progress)
    {
        var db = services.GetRequiredService<RatushaDb>();
        var calendar = await services.GetRequiredService<CalendarStore>().GetAsync();
        var town = await Town.LoadAsync(db, calendar, services.GetRequiredService<TimeProvider>(), new Random(randomSeed));
        var watch = Stopwatch.StartNew();
        var phases = new SeedPhases();
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count:N0} звернень: дати надходження…"));
        var moments = phases.Time("генерація: дати надходження", () => town.Moments(count));
        var dropped = count >= BulkLoad ? await SecondaryIndexes.DropAsync(db, Tables(db), progress) : null;
        try
        {
            await WriteAllAsync(services, db, town, moments, progress, watch, phases);
        }
        catch when (dropped is not null)
        {
            await SecondaryIndexes.RestoreAsync(db, dropped, progress, phases);
            throw;
        }
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  індекси, підсумки для аналітики, статистика, {watch.Elapsed:hh\\:mm\\:ss}"));
        if (db.Database.IsNpgsql())
        {
            await SecondaryIndexes.FinishAsync(db, dropped,
                [
                    new("підсумки appeal_tallies", $"DELETE FROM appeal_tallies; {AppealTallies.RebuildSql(npgsql: true)}"),
                    new("підсумки assignment_tallies", $"DELETE FROM assignment_tallies; {AssignmentTallies.RebuildSql(npgsql: true)}"),
                    new("підсумки journal_tallies", $"DELETE FROM journal_tallies; {JournalTallies.RebuildSql(npgsql: true)}"),
                ],
                [.. Tables(db), .. new[] { typeof(AppealTally), typeof(AssignmentTally), typeof(JournalTally) }.Select(t => db.Model.FindEntityType(t)!.GetTableName()!)], progress, phases);
        }
        else
        {
            await phases.TimeAsync("підсумки appeal_tallies", () => AppealTallies.RebuildAsync(db, default));
            await phases.TimeAsync("підсумки assignment_tallies", () => AssignmentTallies.RebuildAsync(db, default));
            await phases.TimeAsync("підсумки journal_tallies", () => JournalTallies.RebuildAsync(db, default));
        }
        phases.Print(progress);
    }

    /// <summary>From this many rows on, the secondary indexes and foreign keys are made once after the load rather than kept row by row.</summary>
    private const int BulkLoad = 500_000;

    private static string[] Tables(RatushaDb db) =>
        [.. new[] { typeof(RegistrationCard), typeof(Appeal), typeof(Resolution), typeof(Assignment), typeof(AssignmentReport) }
            .Select(t => db.Model.FindEntityType(t)!.GetTableName()!)];

    /// <summary>
    /// One batch as generated: its rows, and per journal the years of its cards (one per card, in the order the numbers
    /// were given) with the first number of each year's block.
    /// </summary>
    private sealed record Batch(List<Item> Items, List<(Journal Journal, List<int> Years, Dictionary<int, int> First)> Numbers, int Done);

    /// <summary>
    /// The batches are generated on one thread (the random source is sequential: the same seed gives the same appeals)
    /// and written on <see cref="SecondaryIndexes.Lanes"/> connections at once on PostgreSQL, each batch in a transaction
    /// of its own with the block of numbers it takes from the journal counter. The generator numbers the cards itself,
    /// continuing the counters as they were at the start; the batches take their blocks in order (the next one waits for
    /// the previous one, and the counter row lock for its commit), and a block that differs from the generator's
    /// (someone registered meanwhile) stops the seed before its transaction commits: the numbers stay gapless and unique.
    /// </summary>
    private static async Task WriteAllAsync(IServiceProvider services, RatushaDb db, Town town, Moment[] moments, TextWriter progress, Stopwatch watch, SeedPhases phases)
    {
        var count = moments.Length;
        var lanes = db.Database.IsNpgsql() ? SecondaryIndexes.Lanes : 1;
        var keys = town.Journals.Values.Select(j => j.SequenceKey).Distinct().ToList();
        var counters = await db.JournalCounters.AsNoTracking().Where(c => keys.Contains(c.SequenceKey))
            .ToDictionaryAsync(c => (c.SequenceKey, c.Year), c => c.LastNumber);
        var batches = Channel.CreateBounded<Batch>(lanes);
        using var stop = new CancellationTokenSource();

        var generator = Task.Run(async () =>
        {
            try
            {
                for (var done = 0; done < count;)
                {
                    var batch = new ArraySegment<Moment>(moments, done, Math.Min(BatchSize, count - done));
                    var started = Stopwatch.StartNew();
                    var drafts = batch.Select(town.Plan).ToList();
                    var numbers = new Dictionary<Guid, Dictionary<int, int>>();
                    var blocks = new List<(Journal, List<int>, Dictionary<int, int>)>();
                    foreach (var journal in drafts.GroupBy(d => d.Journal.Id)) // as BulkRows.ReserveAsync takes them
                    {
                        var (of, years, first) = (journal.First().Journal, journal.Select(d => d.Moment.RegisteredOn.Year).ToList(), new Dictionary<int, int>());
                        foreach (var (year, taken) in years.CountBy(y => y))
                        {
                            var last = counters.GetValueOrDefault((of.SequenceKey, year));
                            (first[year], counters[(of.SequenceKey, year)]) = (last + 1, last + taken);
                        }
                        numbers[journal.Key] = new Dictionary<int, int>(first);
                        blocks.Add((of, years, first));
                    }
                    var items = drafts.Select(d => town.Appeal(d, numbers[d.Journal.Id])).ToList();
                    done += batch.Count;
                    phases.Add("генерація", started.Elapsed);
                    await batches.Writer.WriteAsync(new Batch(items, blocks, done), stop.Token);
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        });

        var previous = Task.CompletedTask; // the turn of the batch taken last: done when it has taken its numbers
        async Task Lane(RatushaDb lane)
        {
            await foreach (var (batch, before, mine) in Take())
            {
                await using var transaction = await lane.Database.BeginTransactionAsync(stop.Token);
                var items = batch.Items;
                var resolutions = items.Select(i => i.Resolution).OfType<Resolution>().ToList();
                var assignments = resolutions.SelectMany(r => r.Assignments).ToList();
                await phases.TimeAsync("COPY registration_cards", () => BulkRows.WriteAsync(lane, items.Select(i => i.Card), stop.Token));
                await phases.TimeAsync("COPY appeals", () => BulkRows.WriteAsync(lane, items.Select(i => i.Appeal), stop.Token));
                await phases.TimeAsync("COPY resolutions", () => BulkRows.WriteAsync(lane, resolutions, stop.Token));
                await phases.TimeAsync("COPY assignments", () => BulkRows.WriteAsync(lane, assignments, stop.Token));
                await phases.TimeAsync("COPY assignment_reports", () => BulkRows.WriteAsync(lane, assignments.SelectMany(a => a.Reports), stop.Token));
                var waited = Stopwatch.StartNew();
                await before.WaitAsync(stop.Token);
                foreach (var (journal, years, first) in batch.Numbers)
                {
                    var taken = await BulkRows.ReserveAsync(lane, journal, years, stop.Token);
                    if (taken.Any(t => first[t.Key] != t.Value))
                        throw new InvalidOperationException($"Лічильник журналу «{journal.Code}» змінився під час наповнення (хтось реєстрував?): наповнення зупинено, записані пакети цілі.");
                }
                mine.SetResult(); // the next batch may take its numbers: the counter rows stay locked until this commit
                await transaction.CommitAsync(stop.Token);
                phases.Add("черга за номерами й COMMIT", waited.Elapsed);
                lock (progress) progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {batch.Done:N0} / {count:N0} звернень, {watch.Elapsed:hh\\:mm\\:ss}"));
            }
        }
        async IAsyncEnumerable<(Batch Batch, Task Before, TaskCompletionSource Mine)> Take()
        {
            while (await batches.Reader.WaitToReadAsync(stop.Token))
            {
                Batch? batch;
                Task before;
                var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (batches) // a batch and its place in the order, taken together
                {
                    if (!batches.Reader.TryRead(out batch)) continue;
                    (before, previous) = (previous, mine.Task);
                }
                yield return (batch, before, mine);
            }
        }

        var writers = Enumerable.Range(0, lanes).Select(n => Task.Run(async () =>
        {
            try
            {
                if (n == 0)
                {
                    await Lane(db);
                    return;
                }
                await using var scope = services.CreateAsyncScope();
                await Lane(scope.ServiceProvider.GetRequiredService<RatushaDb>());
            }
            catch
            {
                await stop.CancelAsync(); // the other lanes and the generator stop too
                throw;
            }
        })).ToList();
        try
        {
            await Task.WhenAll(writers);
        }
        catch
        {
            // The first cause, not a lane stopped because of it.
            var cause = writers.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
            if (cause is not null) ExceptionDispatchInfo.Throw(cause);
            throw;
        }
        finally
        {
            await stop.CancelAsync();
            await generator;
        }
    }

    private readonly record struct Moment(DateTimeOffset ReceivedAt, DateOnly RegisteredOn, bool InOfficeHours);

    private sealed record Item(RegistrationCard Card, Appeal Appeal, Resolution? Resolution);

    private sealed record Draft(Moment Moment, RegisterAppealRequest Request, Journal Journal, bool Anonymous, bool Collective, bool Privileged, Official Lead, string Text);

    private sealed record Person(string Surname, string GivenName, string? Patronymic, string? Sex, string Street, string Address, string? Phone, string? Email, string Topic);

    /// <summary>The demo council as the generator sees it: its journal, people and classifier lists, and a seeded random source.</summary>
    private sealed class Town
    {
        private readonly Random rng;
        private readonly WorkingCalendar calendar;
        private readonly DateOnly today;
        private readonly DateTimeOffset now;
        private readonly Dictionary<Guid, string> departmentCodes;
        private readonly Dictionary<string, (Official Official, double Weight)[]> leadsByTopic = [];
        private readonly Dictionary<Guid, double> keepOpen = [];
        private readonly Official[] officials;
        private readonly Guid[] authors;
        private readonly Guid controller;
        private readonly Guid registrar;
        private readonly Guid hotline;
        private readonly (string Code, double Weight)[] topics, channels, offHoursChannels, signs, types, privilegedCategories, socialStatuses;
        private readonly HashSet<string> known;
        private readonly HashSet<string> trackingCodes;
        private readonly string anonymousBasis;
        private readonly Person?[] earlier = new Person?[1000];
        private int seen;

        private Town(Random rng, WorkingCalendar calendar, TimeProvider clock, Dictionary<string, Journal> journals, List<Department> departments, List<Official> officials,
            Dictionary<string, (Guid Id, Guid? OfficialId)> users, List<ClassifierEntry> classifiers, HashSet<string> trackingCodes)
        {
            this.rng = rng;
            this.calendar = calendar;
            this.trackingCodes = trackingCodes;
            Journals = journals;
            now = clock.GetUtcNow();
            today = OfficeDay.Today(clock);
            departmentCodes = departments.ToDictionary(d => d.Id, d => d.Code);
            this.officials = [.. officials.Where(o => Weight(o) > 0)];
            authors = [.. officials.Where(o => o.Position.Contains("аступник міського голови", StringComparison.Ordinal)).Select(o => o.Id)];
            controller = users.GetValueOrDefault("controller").OfficialId ?? authors[0];
            registrar = users.GetValueOrDefault("registrar").Id;
            hotline = users.TryGetValue("hotline", out var h) ? h.Id : registrar;
            known = [.. classifiers.Select(c => $"{c.List}|{c.Code}")];
            (string, double)[] Weighted(string list, string spec) =>
                [.. spec.Split(' ').Select(s => s.Split(':')).Where(p => known.Contains($"{list}|{p[0]}")).Select(p => (p[0], double.Parse(p[1], CultureInfo.InvariantCulture)))];
            topics = [.. Weighted(ClassifierLists.Topic, "02:25 09:20 03:15 01:10 06:7 10:7 04:5 05:4 08:4 07:3")
                .Concat(classifiers.Where(c => c.List == ClassifierLists.Topic && !TopicSpec.ContainsKey(c.Code)).Select(c => (c.Code, 1.0)))];
            channels = Weighted(ClassifierLists.Channel, "1.1:20 1.1.2:18 1.1.3:12 1.1.1:5 1.2:15 1.3:3 1.4:4 1.4.1:15 1.4.2:6 1.5:1 1.6:1");
            offHoursChannels = Weighted(ClassifierLists.Channel, "1.1.2:18 1.1.3:12 1.4.1:15 1.4.2:6");
            signs = Weighted(ClassifierLists.Sign, "2.1:85 2.2:10 2.4:3 2.3:2");
            types = Weighted(ClassifierLists.Type, "3.2:70 3.3:15 3.1:15");
            privilegedCategories = [.. classifiers.Where(c => c.List == ClassifierLists.Category && c.IsPrivileged)
                .Select(c => (c.Code, c.Code switch { "7.5" => 30.0, "7.6" => 15, "7.8" => 12, "7.2" => 10, "7.9" => 8, "7.13" => 6, _ => 2 }))];
            socialStatuses = Weighted(ClassifierLists.SocialStatus, "8.1:35 8.2:12 8.4:10 8.10:15 8.8:8 8.7:6 8.5:6 8.6:3 8.9:3 8.3:2");
            var anonymous = classifiers.FirstOrDefault(c => c.List == ClassifierLists.NotConsideredReason && c.Code == "anonymous");
            anonymousBasis = $"Анонімне звернення розгляду не підлягає ({anonymous?.Source ?? "ч. 1 ст. 8 Закону «Про звернення громадян»"}).";

            // Who leads an appeal of a topic: the departments of the topic, and in each mostly its specialists.
            foreach (var (topic, _) in topics)
            {
                var codes = Spec(topic).Departments.Split(' ');
                leadsByTopic[topic] = [.. codes.SelectMany(code =>
                {
                    var staff = this.officials.Where(o => departmentCodes[o.DepartmentId] == code).ToList();
                    return staff.Select(o => (o, Weight(o) / staff.Sum(Weight) / codes.Length));
                })];
            }
        }

        /// <summary>The journals appeals are registered in, by code: appeals and the two hotlines (§6.2).</summary>
        public Dictionary<string, Journal> Journals { get; }

        public static async Task<Town> LoadAsync(RatushaDb db, WorkingCalendar calendar, TimeProvider clock, Random rng)
        {
            var logIns = new[] { "controller", "registrar", "hotline" };
            return new Town(rng, calendar, clock,
                await db.Journals.AsNoTracking().Where(j => AppealControlRules.Kind.JournalCodes.Contains(j.Code)).ToDictionaryAsync(j => j.Code),
                await db.Departments.AsNoTracking().ToListAsync(),
                // In an order of their own (not the tables'): the same seed gives the same appeals in any database of the demo council.
                await db.Officials.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Surname).ThenBy(o => o.GivenName).ThenBy(o => o.Patronymic).ThenBy(o => o.Position).ToListAsync(),
                await db.Users.AsNoTracking().Where(u => logIns.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.OfficialId)),
                await db.ClassifierEntries.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.List).ThenBy(e => e.Code).ToListAsync(),
                [.. await db.Appeals.Select(a => a.TrackingCode).ToListAsync()]);
        }

        private static double Weight(Official o) => o.Position switch
        {
            var p when p.StartsWith("Міський голова", StringComparison.Ordinal) => 0,
            var p when p.StartsWith("Головний спеціаліст", StringComparison.Ordinal) => 4,
            var p when p.StartsWith("Провідний спеціаліст", StringComparison.Ordinal) => 3,
            var p when p.StartsWith("Заступник начальника", StringComparison.Ordinal) => 2,
            _ => 1,
        };

        /// <summary>When the appeals arrived, oldest first: mostly in office hours; a small seed still gets lively last two months.</summary>
        public Moment[] Moments(int count)
        {
            var recentShare = Math.Max(RecentDays / (Years * 365.0), Math.Min(0.5, 300.0 / count));
            var moments = new Moment[count];
            for (var i = 0; i < count; i++)
                moments[i] = Draw(now.AddDays(rng.NextDouble() < recentShare ? -RecentDays : -Years * 365));
            Array.Sort(moments, (a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));

            // Hold each official's open work near OpenPerOfficial: about 40% of the last two months' appeals would still be open.
            var recent = moments.Count(m => m.RegisteredOn.DayNumber > today.DayNumber - RecentDays);
            var total = topics.Sum(t => t.Weight);
            foreach (var (topic, weight) in topics)
                foreach (var (official, share) in leadsByTopic[topic])
                    keepOpen[official.Id] = keepOpen.GetValueOrDefault(official.Id) + weight / total * share;
            foreach (var (id, share) in keepOpen)
                keepOpen[id] = Math.Min(1, OpenPerOfficial / Math.Max(1, recent * share * 0.4));
            return moments;
        }

        private Moment Draw(DateTimeOffset from)
        {
            while (true)
            {
                var at = from + (now - from) * rng.NextDouble();
                var inOfficeHours = OfficeHours.Default.IsWorkingTime(at, calendar);
                if (!inOfficeHours && rng.NextDouble() > 0.12) continue; // e-mails, the web form and the hotlines come at any hour
                var day = OfficeHours.Default.RegistrationDayFor(at, calendar).Date;
                if (day <= today) return new Moment(at, day, inOfficeHours);
            }
        }

        /// <summary>The appeal of a moment as the registrar would enter it; the journal it goes to follows from its channel (§6.2).</summary>
        public Draft Plan(Moment m)
        {
            var subject = rng.NextDouble() switch { < 0.01 => ClassifierLists.Anonymous, < 0.03 => ClassifierLists.Collective, _ => ClassifierLists.Individual };
            var anonymous = subject == ClassifierLists.Anonymous;
            var sign = anonymous ? "2.1" : Pick(signs);
            var person = sign != "2.1" && earlier[rng.Next(Math.Min(seen, earlier.Length))] is { } before ? before : NewPerson();
            earlier[seen++ % earlier.Length] = person;
            var topic = person.Topic;
            var lead = Pick(leadsByTopic[topic]);
            var channel = anonymous ? "1.1" : Pick(m.InOfficeHours ? channels : offHoursChannels);
            var categories = anonymous ? [] : Categories();
            var privileged = categories.Any(c => privilegedCategories.Any(p => p.Code == c));
            var collective = subject == ClassifierLists.Collective;
            var street = rng.NextDouble() < 0.7 ? person.Street : Common(Streets);
            var house = rng.Next(1, 121);
            var text = Text(topic, collective, sign != "2.1", street, house);
            var forwardedBy = channel switch
            {
                "1.4.1" => "Урядовий контактний центр",
                "1.4.2" => "Гаряча лінія Дніпропетровської обласної військової адміністрації",
                "1.4" => "Дніпропетровська обласна військова адміністрація",
                _ => null,
            };
            var noAdditionalStudy = rng.NextDouble() < 0.1;
            var department = anonymous ? (Guid?)null : lead.DepartmentId;
            var request = new RegisterAppealRequest(m.ReceivedAt, channel, Pick(types), text, sign, subject,
                Signatories: collective ? rng.Next(3, 150) : null,
                Surname: anonymous ? null : collective ? "Мешканці" : person.Surname,
                GivenName: anonymous ? null : collective ? street : person.GivenName,
                Patronymic: anonymous || collective ? null : person.Patronymic,
                Address: anonymous ? null : collective ? $"{street}, {house}, {City}" : person.Address,
                Phone: anonymous ? null : person.Phone,
                Email: anonymous ? null : person.Email ?? (channel is ClassifierLists.ByEmail or ClassifierLists.WebForm ? Email(person) : null),
                Sex: anonymous || collective ? null : person.Sex,
                Categories: categories,
                SocialStatus: anonymous || rng.NextDouble() < 0.3 ? null : privileged && rng.NextDouble() < 0.6 ? "8.1" : Pick(socialStatuses),
                Topic: topic,
                ForwardedBy: forwardedBy,
                ForwardedNumber: forwardedBy is null ? null : rng.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
                ForwardedOn: forwardedBy is null ? null : m.RegisteredOn.AddDays(-rng.Next(1, 4)),
                NoAdditionalStudy: noAdditionalStudy,
                DepartmentId: department);

            return new Draft(m, request, Journals[RegisterAppeal.JournalOf(channel)], anonymous, collective, privileged, lead, text);
        }

        /// <summary>The card and the appeal of a draft, numbered from the numbers reserved for its journal, and its control.</summary>
        public Item Appeal(Draft draft, Dictionary<int, int> numbers)
        {
            var (m, request, journal, anonymous, collective, privileged, lead, text) = draft;
            var (department, channel) = (request.DepartmentId, request.Channel);
            // The index as RegisterAppeal makes it (Instruction №348): the surname's letter, «КО» collective, «БП» unsigned.
            var letter = anonymous ? "БП" : collective ? "КО" : request.Surname![..1].ToUpperInvariant();
            var year = m.RegisteredOn.Year;
            var number = numbers[year]++;
            var index = NumberFormat.Apply(journal.NumberFormat, number, year, letter, department is { } d ? departmentCodes[d] : null);
            var registeredAt = Max(m.ReceivedAt, Kyiv(m.RegisteredOn, new TimeOnly(8, 0))).AddMinutes(rng.Next(5, 180));
            var card = RegistrationCard.Create(journal, new JournalNumber(year, number, index), m.ReceivedAt, m.RegisteredOn,
                text.Length <= 200 ? text : text[..197] + "…", anonymous ? null : $"{request.Surname} {request.GivenName} {request.Patronymic}".Trim(),
                department, channel is "1.4.1" or "1.4.2" ? hotline : registrar, registeredAt < now ? registeredAt : now);
            Appeal appeal;
            do appeal = Appeals.Appeal.Create(card.Id, request, privileged);
            while (!trackingCodes.Add(appeal.TrackingCode)); // a million random codes hold about one collision
            if (anonymous)
            {
                appeal.MarkNotConsidered("anonymous", anonymousBasis, m.RegisteredOn);
                return new Item(card, appeal, null);
            }
            var resolution = card.RegisteredOn == today && rng.NextDouble() < 0.5 ? null : Control(card, appeal, lead);
            return new Item(card, appeal, resolution);
        }

        /// <summary>A deputy mayor's resolution with the engine's terms (<see cref="WriteResolution"/>), then its life up to today.</summary>
        private Resolution Control(RegistrationCard card, Appeal appeal, Official lead)
        {
            var rules = AppealControlRules.Rules;
            var written = Min(calendar.OnOrAfter(card.RegisteredOn.AddDays(rng.Next(3))), today);
            var due = Deadline.For(appeal.NoAdditionalStudy ? rules.ShortTerm! : rules.DefaultTerm, card.RegisteredOn, calendar).Due;
            var coCount = rng.NextDouble() switch { < 0.05 => 2, < 0.25 => 1, _ => 0 };
            List<Official> coExecutors = coCount == 0 ? [] : [.. officials
                .Where(o => o.Id != lead.Id && (o.DepartmentId == lead.DepartmentId || rng.NextDouble() < 0.1)).OrderBy(_ => rng.Next()).Take(coCount)];
            var resolution = Resolution.Write(card.Id, rules.Kind, authors[rng.Next(authors.Length)], Pick(ResolutionTexts), written, card.RegisteredOn, due,
                controller, lead.Id, coExecutors.Select(o => (o.Id, o.DepartmentId)), Deadline.For(rules.CoExecutorTerm, due, calendar).Due, lead.DepartmentId);

            var staysOpen = rng.NextDouble() < keepOpen.GetValueOrDefault(lead.Id, 1);
            DateOnly Happen(DateOnly planned, DateOnly after) => // past today only for the open work of the last weeks
                planned <= today || staysOpen ? planned : after.AddDays(rng.Next(today.DayNumber - after.DayNumber + 1));
            var answered = Happen(rng.NextDouble() < 0.2 ? calendar.OnOrAfter(due.AddDays(rng.Next(1, 31))) : Spread(written, due), written);
            foreach (var co in resolution.Assignments.Where(a => !a.IsLead))
                if (Happen(Min(Spread(written, co.DueDate), answered), written) is var reported && reported <= today)
                    co.Report(ReportKind.CoExecutorReport, "Матеріали для підготовки відповіді надано відповідальному виконавцю.", co.ExecutorId, reported);
            for (var round = 0; answered <= today; round++)
            {
                var (text, result) = Pick(Answers);
                var answer = resolution.Lead.Report(ReportKind.Answer, text, lead.Id, answered, new AnswerDetails(result,
                    result == AppealControlRules.Refused ? "Питання не належить до повноважень виконавчого комітету (ст. 30 Закону «Про місцеве самоврядування в Україні»)." : null,
                    result == AppealControlRules.Refused ? AppealControlRules.DefaultAppealRoute : null));
                var reviewed = Happen(calendar.OnOrAfter(answered.AddDays(rng.Next(4))), answered);
                if (reviewed > today) break;
                if (round > 0 || rng.NextDouble() >= 0.06)
                {
                    answer.Delivered(appeal.Email is null ? AnswerDelivery.Post : AnswerDelivery.Email, answered, appeal.Email ?? appeal.Address ?? City);
                    resolution.RemoveFromControl(answered <= resolution.DueDate ? "Відповідь надано заявнику у строк." : "Відповідь надано заявнику з порушенням строку.", reviewed);
                    break;
                }
                // The controller does not accept the answer: rework in 5 days, never past the 45-day ceiling (§5.3.10, art. 20).
                var rework = Deadline.For(rules.ReworkTerm, reviewed, calendar).Due;
                if (WriteResolution.Ceiling(rules, card.RegisteredOn, calendar) is { } ceiling && ceiling.Due >= reviewed && rework > ceiling.Due) rework = ceiling.Due;
                resolution.ReturnForRework(rework, Pick(ReturnComments));
                answered = Happen(rng.NextDouble() < 0.3 ? calendar.OnOrAfter(rework.AddDays(rng.Next(1, 11))) : Spread(reviewed, rework), reviewed);
            }
            return resolution;
        }

        /// <summary>A day in (from, to], most often near its end: answers are written towards the due date.</summary>
        private DateOnly Spread(DateOnly from, DateOnly to) =>
            Min(calendar.OnOrAfter(from.AddDays((int)Math.Ceiling(Math.Max(0, to.DayNumber - from.DayNumber) * Math.Sqrt(rng.NextDouble())))), to);

        private Person NewPerson()
        {
            var male = rng.NextDouble() < 0.45;
            var surname = Common(Surnames).Split('/'); // the few surnames that change with sex: masculine/feminine
            var patronymic = Common(Patronymics).Split('/')[male ? 0 : 1];
            var street = Common(Streets);
            var house = rng.Next(1, 121).ToString(CultureInfo.InvariantCulture) + (rng.NextDouble() < 0.05 ? "А" : "");
            var address = rng.NextDouble() < 0.6 ? $"{street}, {house}, кв. {rng.Next(1, 181)}, {City}" : $"{street}, {house}, {City}";
            var sex = male ? "4.1" : "4.2";
            var person = new Person(surname[male ? 0 : ^1], Common(male ? MaleNames : FemaleNames), patronymic, known.Contains($"{ClassifierLists.Sex}|{sex}") ? sex : null,
                street, address, rng.NextDouble() < 0.85 ? Phone() : null, null, Pick(topics));
            return rng.NextDouble() < 0.25 ? person with { Email = Email(person) } : person;
        }

        private string[] Categories()
        {
            var draw = rng.NextDouble();
            if (draw < 0.15 && privilegedCategories.Length > 0)
                return rng.NextDouble() < 0.1 ? [.. new[] { Pick(privilegedCategories), Pick(privilegedCategories) }.Distinct()] : [Pick(privilegedCategories)];
            return draw < 0.17 && known.Contains($"{ClassifierLists.Category}|7.11") ? ["7.11"] : [];
        }

        private string Text(string topic, bool collective, bool repeated, string street, int house)
        {
            string Fill(string s) => s.Replace("{street}", street, StringComparison.Ordinal).Replace("{house}", house.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", rng.Next(1, 25).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", (today.Year - rng.Next(2, 15)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var problems = Spec(topic).Phrases;
            var parts = new List<string>(6);
            if (collective) parts.Add(Fill("Ми, мешканці будинку № {house} по {street}, звертаємося до Вас колективно."));
            else if (repeated) parts.Add(Pick(RepeatOpeners));
            else if (rng.NextDouble() < 0.6) parts.Add(Pick(Openers));
            var first = rng.Next(problems.Length);
            parts.Add(Fill(problems[first]));
            if (rng.NextDouble() < 0.4) parts.Add(Fill(problems[(first + 1 + rng.Next(problems.Length - 1)) % problems.Length]));
            parts.Add(Pick(Requests));
            if (rng.NextDouble() < 0.5) parts.Add(Pick(Closers));
            return string.Join(' ', parts);
        }

        private string Phone() => rng.Next(10) switch
        {
            0 => $"(05693) {rng.Next(2, 8)}-{rng.Next(10, 100)}-{rng.Next(10, 100)}",
            < 5 => $"+380 {Pick(MobileCodes)} {rng.Next(100, 1000)} {rng.Next(10, 100)} {rng.Next(10, 100)}",
            _ => $"0{Pick(MobileCodes)}-{rng.Next(100, 1000)}-{rng.Next(10, 100)}-{rng.Next(10, 100)}",
        };

        private string Email(Person p) =>
            $"{Transliteration.Latin(p.Surname)}.{Transliteration.Latin(p.GivenName)}{rng.Next(100)}@{Pick(MailDomains)}".ToLowerInvariant();

        private DateTimeOffset Kyiv(DateOnly day, TimeOnly time)
        {
            var local = day.ToDateTime(time);
            return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
        }

        /// <summary>Earlier entries are more common (a long tail, as with surnames): full-text search sees realistic frequencies.</summary>
        private string Common(string[] list) => list[(int)(list.Length * rng.NextDouble() * rng.NextDouble())];

        private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

        private T Pick<T>((T Item, double Weight)[] items)
        {
            var x = rng.NextDouble() * items.Sum(i => i.Weight);
            foreach (var (item, weight) in items)
                if ((x -= weight) < 0) return item;
            return items[^1].Item;
        }

        private static (string Departments, string[] Phrases) Spec(string topic) => TopicSpec.TryGetValue(topic, out var spec) ? spec : TopicSpec["10"];

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    }

    private static readonly string[] Surnames = """
        Мельник Шевченко Коваленко Бондаренко Бойко Ткаченко Кравченко Ковальчук Коваль Олійник Шевчук Поліщук Бондар Ткачук
        Марченко Лисенко Руденко Савченко Петренко Кравчук Клименко Павленко Савчук Кузьменко Левченко Харченко Карпенко
        Гончаренко Мороз Романенко Литвиненко Власенко Іваненко Гаврилюк Мартинюк Сидоренко Приходько Яковенко Тимошенко
        Ковальський/Ковальська Ярошенко Панченко Костенко Фесенко Пономаренко Гуменюк Демченко Ковтун Мазур Швець Кравець
        Гнатюк Остапенко Приймак Захарченко Нестеренко Зінченко Дяченко Рибак Головко Єременко Ігнатенко Юрченко Вакуленко
        Левицький/Левицька Білик Семенюк Федоренко Грищенко Назаренко Гордієнко Кириленко Данилюк Стельмах Дорошенко
        Вишневський/Вишневська Лук'яненко Цимбал Щербак Жук Садовий/Садова Гладкий/Гладка Білий/Біла Чорний/Чорна
        Яворський/Яворська Заболотний/Заболотна Вербицький/Вербицька Островський/Островська Лозинський/Лозинська Їжак Ґонта
        Савицький/Савицька Кучерявий/Кучерява Рудий/Руда Огородник Тарасенко Ємець Юзвенко Хоменко Оліфіренко Дідух
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] MaleNames = """
        Олександр Сергій Андрій Володимир Микола Іван Василь Петро Юрій Віктор Олег Дмитро Ігор Михайло Анатолій Віталій Богдан
        Тарас Роман Євген Павло Степан Григорій Ярослав Максим Артем Денис Валерій Леонід Борис Федір Костянтин Геннадій Назар Остап
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] FemaleNames = """
        Олена Наталія Тетяна Ірина Оксана Світлана Людмила Галина Ольга Валентина Марія Ганна Надія Катерина Юлія Вікторія Лариса
        Алла Лілія Віра Любов Ніна Зоя Раїса Інна Софія Дарина Анастасія Христина Уляна Марина Євгенія Зінаїда Тамара
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Patronymics = """
        Олександрович/Олександрівна Іванович/Іванівна Петрович/Петрівна Миколайович/Миколаївна Васильович/Василівна
        Володимирович/Володимирівна Сергійович/Сергіївна Михайлович/Михайлівна Григорович/Григорівна Анатолійович/Анатоліївна
        Андрійович/Андріївна Юрійович/Юріївна Вікторович/Вікторівна Степанович/Степанівна Олегович/Олегівна Віталійович/Віталіївна
        Дмитрович/Дмитрівна Богданович/Богданівна Леонідович/Леонідівна Павлович/Павлівна Ігорович/Ігорівна Романович/Романівна
        Євгенович/Євгенівна Федорович/Федорівна Тарасович/Тарасівна Борисович/Борисівна Валерійович/Валеріївна Ярославович/Ярославівна
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Streets =
    [
        "вул. Гетьманська", "вул. Сучкова", "вул. Шевченка", "вул. Соборна", "вул. Українська", "вул. Паланочна", "вул. Богдана Хмельницького",
        "вул. Михайла Грушевського", "вул. Лесі Українки", "вул. Івана Франка", "вул. Січеславська", "вул. Спаська", "вул. Микольська",
        "вул. Вокзальна", "вул. Зелена", "вул. Садова", "вул. Незалежності", "вул. Героїв України", "вул. Козацька", "вул. Шкільна",
        "вул. Центральна", "вул. Сонячна", "вул. Степова", "вул. Затишна", "вул. Озерна", "вул. Олеся Гончара", "вул. Василя Стуса",
        "вул. Петра Калнишевського", "пров. Садовий", "пров. Весняний", "просп. Миру",
    ];

    private static readonly string[] MobileCodes = ["67", "50", "66", "95", "99", "68", "96", "97", "98", "63", "73", "93"];
    private static readonly string[] MailDomains = ["ukr.net", "gmail.com", "ukr.net", "i.ua", "meta.ua", "gmail.com"];

    private static readonly string[] Openers =
    [
        "Шановний міський голово!",
        "Звертаюся до Вас з проханням допомогти вирішити питання, яке давно турбує мешканців нашого будинку.",
        "Прошу звернути увагу на проблему, з якою щодня стикаються мешканці нашого мікрорайону.",
        "Звертаюся до виконавчого комітету, оскільки самостійно вирішити питання не вдається.",
    ];

    private static readonly string[] RepeatOpeners =
    [
        "Повторно звертаюся з цього питання, оскільки попередню відповідь не виконано.",
        "Вже не вперше звертаюся з цього питання, але проблему досі не вирішено.",
    ];

    private static readonly string[] Requests =
    [
        "Прошу вжити заходів та повідомити мене про результати розгляду.",
        "Прошу надати письмову відповідь у встановлений законом строк.",
        "Прошу розглянути моє звернення та посприяти у вирішенні питання.",
        "Прошу направити комісію для обстеження та скласти акт.",
        "Прошу включити ці роботи до плану на поточний рік.",
    ];

    private static readonly string[] Closers = ["Заздалегідь дякую.", "Відповідь прошу надіслати на мою адресу.", "З повагою."];

    /// <summary>Per topic of the classifier: the departments that answer it (repeated for weight) and what people write about it.</summary>
    private static readonly Dictionary<string, (string Departments, string[] Phrases)> TopicSpec = new()
    {
        ["01"] = ("09 09 09 09 11",
        [
            "Перебуваю на квартирному обліку з {year} року, однак черга не рухається.",
            "Прошу роз'яснити порядок надання житла внутрішньо переміщеним особам.",
            "Дах будинку № {house} по {street} протікає, після кожного дощу заливає квартири на останньому поверсі.",
            "Управитель будинку не робить поточний ремонт під'їзду, хоча мешканці регулярно сплачують внески.",
        ]),
        ["02"] = ("09",
        [
            "У будинку № {house} по {street} вже третій тиждень немає опалення, батареї ледь теплі.",
            "Температура в квартирі не перевищує 14 градусів, діти хворіють.",
            "Гаряча вода подається з перебоями, а рахунки за послугу приходять у повному обсязі.",
            "На {street} біля будинку № {house} прорвало водогін, вода розливається по тротуару.",
            "Прошу зробити перерахунок плати за опалення за період, коли послуга не надавалася.",
            "Сміття з контейнерного майданчика на {street} не вивозять понад тиждень.",
            "Низький тиск холодної води, на верхніх поверхах води немає вечорами.",
        ]),
        ["03"] = ("11 11 11 11 14",
        [
            "Прошу надати матеріальну допомогу на лікування.",
            "Мені відмовили в призначенні субсидії, прошу переглянути рішення.",
            "Прошу роз'яснити, які пільги на оплату комунальних послуг мені належать.",
            "Прошу забезпечити мене технічним засобом реабілітації (кріслом колісним).",
            "Перевізник не визнає пільги на проїзд у міському автобусі.",
        ]),
        ["04"] = ("10",
        [
            "Моя дитина третій рік стоїть у черзі до дитячого садка, місця так і не надали.",
            "Прошу організувати підвезення учнів до школи № {n} з мікрорайону по {street}.",
            "У школі № {n} не облаштовано укриття, заняття проходять лише дистанційно.",
            "Просимо відремонтувати спортивний майданчик біля школи № {n}.",
        ]),
        ["05"] = ("11 11 02",
        [
            "У поліклініці величезні черги до сімейного лікаря, записатися неможливо.",
            "Прошу посприяти в отриманні безоплатних ліків за програмою «Доступні ліки».",
            "Прошу відновити роботу аптечного пункту на {street}.",
        ]),
        ["06"] = ("09 09 05",
        [
            "Автобус маршруту № {n} ходить нерегулярно, інтервал руху перевищує годину.",
            "Прошу облаштувати зупинку громадського транспорту біля будинку № {house} по {street}.",
            "На {street} немає мобільного зв'язку та інтернету в приватному секторі.",
        ]),
        ["07"] = ("12 12 03",
        [
            "Прошу надати дозвіл на розроблення проєкту землеустрою щодо відведення земельної ділянки для будівництва житлового будинку.",
            "Сусід самовільно переніс паркан на мою земельну ділянку по {street}, {house}.",
            "Прошу передати в оренду земельну ділянку для городництва.",
        ]),
        ["08"] = ("12",
        [
            "Поруч із будинком № {house} по {street} ведеться будівництво без дозвільних документів.",
            "Прошу надати містобудівні умови та обмеження для реконструкції житлового будинку.",
            "Прошу перевірити законність встановлення кіоску на {street}.",
        ]),
        ["09"] = ("09",
        [
            "На {street} біля будинку № {house} величезні ями на дорозі, автомобілі пошкоджують колеса.",
            "Прошу провести ямковий ремонт дороги по {street}.",
            "На {street} не працює вуличне освітлення, ввечері ходити небезпечно.",
            "Прошу видалити аварійне дерево біля будинку № {house} по {street}, гілки нависають над дахом.",
            "Прошу провести обрізування дерев та покіс трави у дворі будинку № {house}.",
            "Прошу встановити лавки та облаштувати дитячий майданчик у дворі будинку № {house} по {street}.",
            "Взимку тротуари на {street} не прибирають від снігу і не посипають.",
            "Біля школи № {n} збираються безпритульні собаки, діти бояться ходити.",
        ]),
        ["10"] = ("00 01 02 03 04 05 06 07 08 13 14",
        [
            "Прошу надати копію рішення виконавчого комітету.",
            "Прошу видати архівну довідку про трудовий стаж.",
            "Сусіди систематично порушують тишу в нічний час.",
            "Прошу посприяти у встановленні опіки над неповнолітнім онуком.",
            "Прошу повідомити графік особистого прийому громадян керівництвом міської ради.",
        ]),
    };

    private static readonly string[] ResolutionTexts =
    [
        "Розглянути, вжити заходів, надати відповідь заявнику у встановлений законом строк.",
        "Прошу розглянути та про результати поінформувати заявника.",
        "Опрацювати, вирішити питання в межах компетенції, відповідь надати заявнику.",
        "Розглянути в установленому порядку. Про виконання доповісти.",
    ];

    /// <summary>Answers with their result (Classifier №858, section 9); a refusal also gets grounds and the route of appeal.</summary>
    private static readonly (string Text, string Result)[] Answers =
    [
        ("Роботи включено до плану поточного ремонту на поточний рік, про що заявника поінформовано листом.", "9.1"),
        ("Питання вирішено позитивно, заявника поінформовано.", "9.1"),
        ("Проведено комісійне обстеження, складено акт, недоліки усунуто.", "9.1"),
        ("Заявнику надано роз'яснення щодо порядку вирішення питання.", "9.3"),
        ("У задоволенні звернення відмовлено з підстав, викладених у відповіді.", AppealControlRules.Refused),
    ];

    private static readonly string[] ReturnComments =
    [
        "Відповідь не по суті: не зазначено строків виконання робіт.",
        "Доопрацювати: надати відповідь на всі порушені питання.",
    ];
}
