using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Demo;

/// <summary>
/// Letters and appeals of the demo council at every stage of control — overdue, due soon, on time, answered and
/// removed — made through the same use cases a clerk uses, with dates counted back from today.
/// </summary>
internal static class DemoItems
{
    private sealed record Item(string Journal, int DaysAgo, string Summary, string Correspondent, string? Letter, string Department,
        string? Lead = null, string? CoExecutor = null, TermChoice Term = TermChoice.Default, bool SoonDue = false, bool Completed = false,
        string? Case = null);

    private static readonly Item[] Items =
    [
        new("incoming", 16, "Про підготовку житлового фонду до опалювального сезону", "Дніпропетровська обласна військова адміністрація", null, "09", "Олійник", "Тимошенко", TermChoice.Urgent),
        new("incoming", 6, "Про перевірку стану захисних споруд цивільного захисту", "Головне управління ДСНС у Дніпропетровській області", null, "09", "Олійник", null, TermChoice.Date, SoonDue: true),
        new("incoming", 4, "Про організацію харчування учнів закладів загальної середньої освіти", "Департамент освіти і науки облдержадміністрації", null, "10", "Приходько"),
        new("incoming", 20, "Про надання інформації щодо виплат внутрішньо переміщеним особам", "Пенсійний фонд України", null, "11", "Кириленко", Completed: true),
        new("appeals", 9, "Про ремонт покрівлі багатоквартирного будинку по вул. Гетьманській, 25", "Петренко Ганна Миколаївна", "П", "09", "Олійник", "Руденко"),
        new("appeals", 3, "Про встановлення дитячого майданчика у дворі будинку по вул. Сучкова, 12", "Мельничук Ігор Петрович", "М", "12", "Савенко", null, TermChoice.Short),
        new("appeals", 1, "Про надання матеріальної допомоги на лікування", "Гриценко Віра Степанівна", "Г", "11"),
        new("appeals", 2, "Колективне звернення мешканців щодо освітлення вулиці Шевченка", "Мешканці вул. Шевченка (23 підписи)", "КО", "09"),
        new("hotline-1545", 12, "Про ремонт дорожнього покриття по вул. Озерній", "Ткачук Микола Іванович", "Т", "09", "Олійник", Completed: true, Case: "1545-2026-0473302"),
        new("hotline-1545", 5, "Про відсутність гарячого водопостачання у будинку по вул. Гетьманській, 40", "Бондаренко Олена Василівна", "Б", "09", "Олійник", Case: "1545-2026-0481516"),
        new("hotline-regional", 2, "Про нарахування субсидії на оплату житлово-комунальних послуг", "Литвин Світлана Петрівна", "Л", "11", Case: "ОДА-2026-11873"),
        new("internal", 2, "Доповідна записка про стан виконання плану заходів з енергозбереження", "Управління економіки", null, "05"),
        new("telephonograms", 0, "Про засідання обласного штабу з питань ліквідації наслідків надзвичайних ситуацій", "Обласна військова адміністрація", null, "00"),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RatushaDb>();
        if (await db.RegistrationCards.AnyAsync()) return;
        var calendars = services.GetRequiredService<CalendarStore>();
        var rulebook = services.GetRequiredService<ControlRulebook>();
        var clock = services.GetRequiredService<TimeProvider>();
        var officials = await db.Officials.AsNoTracking().ToDictionaryAsync(o => o.Surname, o => o.Id);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id);
        var calendar = await calendars.GetAsync();
        var today = OfficeDay.Today(clock);

        foreach (var item in Items.OrderByDescending(i => i.DaysAgo))
        {
            var receivedAt = clock.GetUtcNow().AddDays(-item.DaysAgo).AddHours(-1);
            var cardId = item.Journal is "appeals" or "hotline-1545" or "hotline-regional"
                ? await AppealAsync(db, calendars, clock, item, receivedAt, departments[item.Department])
                : await LetterAsync(db, calendars, clock, item, receivedAt, departments[item.Department]);
            if (item.Lead is null) continue;

            var request = new ResolutionRequest("Розглянути, вжити заходів, про результати поінформувати.", officials[item.Lead],
                item.CoExecutor is null ? [] : [officials[item.CoExecutor]], officials["Кравчук"], item.Term,
                item.SoonDue ? Deadline.For(new WorkingDays(2), today, calendar).Due : null);
            var resolution = await WriteResolution.RunAsync(db, calendars, rulebook, clock, officials["Шевчук"], cardId, request, default);
            Ensure(resolution.Value is not null, resolution.Errors);
            if (!item.Completed) continue;

            var lead = resolution.Value!.Lead;
            var answer = await ReportOnAssignment.RunAsync(db, rulebook, clock, lead.ExecutorId, lead.Id, new ReportRequest(ReportKind.Answer, "Інформацію надано листом від управління.", "9.3"), default);
            Ensure(answer.Value is not null, answer.Errors);
            var removed = await ReviewAnswer.RemoveFromControlAsync(db, calendars, rulebook, clock, officials["Кравчук"], resolution.Value.Id,
                new ReviewRequest("Інформацію надано у строк.", resolution.Value.Version), default);
            Ensure(removed.Value is not null, removed.Errors);
        }
    }

    private static async Task<Guid> LetterAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Item item, DateTimeOffset receivedAt, Guid department)
    {
        var (card, errors) = await RegisterCard.RunAsync(db, calendars, clock, SystemActor.Instance, item.Journal,
            new RegisterCardRequest(receivedAt, item.Summary, item.Correspondent, department, item.Letter), default);
        Ensure(card is not null, errors);
        return card!.Id;
    }

    private static async Task<Guid> AppealAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Item item, DateTimeOffset receivedAt, Guid department)
    {
        var collective = item.Letter == "КО";
        var name = item.Correspondent.Split(' ');
        var outcome = await RegisterAppeal.RunAsync(db, calendars, clock, SystemActor.Instance, new RegisterAppealRequest(
            receivedAt, item.Journal switch { "hotline-1545" => ClassifierLists.Hotline1545, "hotline-regional" => ClassifierLists.RegionalHotline, _ => "1.1" }, collective ? "3.1" : "3.2", item.Summary, Subject: collective ? ClassifierLists.Collective : ClassifierLists.Individual,
            Signatories: collective ? 23 : null, Surname: collective ? "Мешканці" : name[0], GivenName: collective ? "вул. Шевченка" : name[1],
            Patronymic: collective ? null : name[2], Address: "м. Новомосковськ", Topic: "02",
            Categories: item.Letter == "П" ? ["7.5"] : null, DepartmentId: department,
            ExternalCaseNumber: item.Case, CentreReceivedAt: item.Case is null ? null : receivedAt.AddHours(-20)), default);
        Ensure(outcome.Value is not null, outcome.Errors);
        return outcome.Value!.CardId;
    }

    private static void Ensure(bool done, Dictionary<string, string[]> errors)
    {
        if (!done) throw new InvalidOperationException("Demo item refused: " + string.Join("; ", errors.SelectMany(e => e.Value)));
    }
}
