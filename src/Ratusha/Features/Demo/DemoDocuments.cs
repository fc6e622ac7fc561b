using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Documents;

namespace Ratusha.Features.Demo;

/// <summary>
/// The documents of the demo council: the year's nomenclature of case files, letters at every stage — on control,
/// urgent and overdue, «до відома», answered and filed, a long assignment with interim dates, a telephonogram — and
/// the mayor's folder of yesterday and today. Made through the same use cases a clerk uses, dates counted back from today.
/// </summary>
internal static class DemoDocuments
{
    private static readonly (string Index, string Title, string? Department, string Retention)[] Nomenclature =
    [
        ("01-05", "Розпорядження міського голови з основної діяльності", null, "Пост."),
        ("01-18", "Листування з обласною військовою адміністрацією з основних питань діяльності", null, "5 р. ЕПК"),
        ("01-19", "Листування з органами державної влади з питань, що не потребують вирішення", null, "3 р."),
        ("01-25", "Журнал реєстрації телефонограм", null, "3 р."),
        ("09-04", "Листування з питань житлово-комунального господарства", "09", "5 р. ЕПК"),
        ("10-03", "Листування з питань освіти", "10", "5 р. ЕПК"),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RatushaDb>();
        if (await db.Documents.AnyAsync() || await db.CaseFiles.AnyAsync()) return;
        var calendars = services.GetRequiredService<CalendarStore>();
        var rulebook = services.GetRequiredService<ControlRulebook>();
        var clock = services.GetRequiredService<TimeProvider>();
        var calendar = await calendars.GetAsync();
        var today = OfficeDay.Today(clock);
        var now = clock.GetUtcNow();
        var officials = await db.Officials.AsNoTracking().ToDictionaryAsync(o => o.Surname, o => o.Id);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id);

        var cases = new Dictionary<string, Guid>();
        foreach (var (index, title, department, retention) in Nomenclature)
        {
            var saved = await CaseFiles.SaveAsync(db, null, new CaseFileRequest(today.Year, index, title, department is null ? null : departments[department], retention), default);
            Ensure(saved.Value is not null, saved.Errors);
            cases[index] = saved.Value!.Id;
        }

        async Task<Document> Register(string kind, int daysAgo, string summary, string? correspondent, string? number, string department,
            Guid? answersTo = null, string? transmittedBy = null, string? receivedBy = null)
        {
            var received = now.AddDays(-daysAgo).AddHours(-1);
            var done = await RegisterDocument.RunAsync(db, calendars, clock, SystemActor.Instance, new RegisterDocumentRequest(
                kind, summary, received, correspondent, number, number is null ? null : DateOnly.FromDateTime(received.AddDays(-2).UtcDateTime),
                2, AccessLevels.Public, departments[department], answersTo, transmittedBy, receivedBy), default);
            Ensure(done.Document is not null, done.Errors);
            return done.Document!;
        }

        async Task<Resolution> Resolve(Document document, TermChoice term, DateOnly? due = null, string lead = "Олійник")
        {
            var written = await WriteResolution.RunAsync(db, calendars, rulebook, clock, officials["Шевчук"], document.CardId,
                new ResolutionRequest("Опрацювати, вжити заходів, про результати поінформувати.", officials[lead], [], officials["Кравчук"], term, due), default);
            Ensure(written.Value is not null, written.Errors);
            return written.Value!;
        }

        // On control, urgent, overdue.
        var urgent = await Register(DocumentKinds.Incoming, 15, "Про стан готовності пунктів незламності", "Дніпропетровська обласна військова адміністрація", "01-12/4471", "09");
        await Resolve(urgent, TermChoice.Urgent);
        // On control for 30 days, the lead from the department of education.
        var onControl = await Register(DocumentKinds.Incoming, 3, "Про організацію підвозу учнів до закладів освіти", "Департамент освіти і науки облдержадміністрації", "15-2290", "10");
        await Resolve(onControl, TermChoice.Default, lead: "Приходько");
        // «До відома»: back for filing within a month.
        var forInformation = await Register(DocumentKinds.Incoming, 6, "Про зміни до порядку ведення обліку військовозобов'язаних", "Новомосковський РТЦК та СП", "3/1187", "00");
        await Resolve(forInformation, TermChoice.ForInformation);
        // A long assignment: interim dates every three months (§2.6.3).
        var longTerm = await Register(DocumentKinds.Incoming, 2, "Про реалізацію програми відновлення житлового фонду на 2027 рік", "Міністерство розвитку громад та територій України", "7/14-9031", "09");
        await Resolve(longTerm, TermChoice.Date, Deadline.For(new Months(5), today, calendar).Due);
        // Answered, removed from control by the controller and filed.
        var answered = await Register(DocumentKinds.Incoming, 20, "Про надання інформації щодо ремонту укриттів", "ГУ ДСНС у Дніпропетровській області", "42-6610", "09");
        var resolution = await Resolve(answered, TermChoice.Default);
        await Register(DocumentKinds.Outgoing, 12, "Інформація про ремонт укриттів", "ГУ ДСНС у Дніпропетровській області", null, "09", answersTo: answered.Id);
        var report = await ReportOnAssignment.RunAsync(db, rulebook, clock, resolution.Lead.ExecutorId, resolution.Lead.Id, new ReportRequest(ReportKind.Answer, "Інформацію надіслано листом."), default);
        Ensure(report.Value is not null, report.Errors);
        var removed = await ReviewAnswer.RemoveFromControlAsync(db, calendars, rulebook, clock, officials["Кравчук"], resolution.Id, new ReviewRequest("Інформацію надано у строк. До справи.", resolution.Version), default);
        Ensure(removed.Value is not null, removed.Errors);
        Ensure((await FileDocument.RunAsync(db, clock, answered.Id, new FileRequest(cases["01-18"]), default)).Value is not null, []);
        // Without control, filed.
        var plain = await Register(DocumentKinds.Incoming, 9, "Про графік особистого прийому громадян керівництвом області", "Дніпропетровська обласна військова адміністрація", "01-10/3905", "00");
        Ensure((await FileDocument.RunAsync(db, clock, plain.Id, new FileRequest(cases["01-19"]), default)).Value is not null, []);
        await Register(DocumentKinds.Internal, 1, "Доповідна записка про стан розрахунків за енергоносії", null, null, "05");
        await Register(DocumentKinds.Telephonogram, 0, "Про засідання обласної комісії з питань ТЕБ та НС о 14:00", "Обласна військова адміністрація", null, "00",
            transmittedBy: "Черговий ОВА Коваль С.", receivedBy: "Приймальня міського голови");

        // The mayor's folder: yesterday's considered and due back by 11:00 today, today's waiting to be handed over.
        var yesterday = calendar.OnOrBefore(today.AddDays(-1));
        var dayBefore = Ui.Formats.FromLocal(yesterday.ToDateTime(new TimeOnly(9, 30)));
        var past = await MayorFolder.PlaceAsync(db, calendars, clock, new FolderPlaceRequest(urgent.Id, dayBefore), default);
        Ensure(past.Value is not null, past.Errors);
        await MayorFolder.StepAsync(db, clock, past.Value!.Id, MayorFolder.HandOver, new FolderStepRequest(dayBefore.AddHours(6)), default);
        await MayorFolder.StepAsync(db, clock, past.Value.Id, MayorFolder.Consider, new FolderStepRequest(dayBefore.AddHours(7)), default);
        var todayItem = await MayorFolder.PlaceAsync(db, calendars, clock, new FolderPlaceRequest(onControl.Id), default);
        Ensure(todayItem.Value is not null, todayItem.Errors);
    }

    private static void Ensure(bool done, Dictionary<string, string[]> errors)
    {
        if (!done) throw new InvalidOperationException("Demo document refused: " + string.Join("; ", errors.SelectMany(e => e.Value)));
    }
}
