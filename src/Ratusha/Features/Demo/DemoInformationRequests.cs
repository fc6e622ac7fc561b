using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.InformationRequests;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Demo;

/// <summary>
/// Public information requests of the demo council at every stage — on time, urgent, extended, answered, refused,
/// forwarded, overdue — made through the same use cases the registrar uses, received so many days before today.
/// </summary>
internal static class DemoInformationRequests
{
    private enum Then { Nothing, Resolve, Extend, Answer, Refuse, Forward }

    private sealed record Item(int DaysAgo, string Channel, string Name, string? Email, string? Address, string Text, Then Then, string? UrgentGround = null);

    private static readonly Item[] Items =
    [
        new(1, "email", "Коваленко Андрій Петрович", "a.kovalenko@example.org", null, "Прошу надати копію рішення виконавчого комітету про встановлення тарифів на вивезення побутових відходів.", Then.Resolve),
        new(0, "portal", "Громадська організація «Чисте місто»", "info@chyste-misto.example.org", null, "Прошу надати результати лабораторних досліджень якості питної води у Заводському районі після аварії на водогоні.", Then.Nothing, "environment"),
        new(2, "post", "Мельник Оксана Василівна", null, "вул. Соборна, 14, кв. 3, м. Кам'янське, 51900", "Прошу надати перелік усіх договорів на ремонт доріг, укладених міською радою у 2021–2026 роках, з копіями актів виконаних робіт.", Then.Extend),
        new(6, "email", "Бондар Іван Семенович", "ivan.bondar@example.org", null, "Прошу повідомити графік прийому громадян міським головою.", Then.Answer),
        new(5, "post", "Ткаченко Марія Олегівна", null, "просп. Свободи, 20, м. Кам'янське", "Прошу надати персональні дані працівників управління освіти.", Then.Refuse),
        new(3, "phone", "Литвиненко Олег Іванович", "o.lytvynenko@example.org", null, "Прошу надати інформацію про розмір пенсійних виплат у місті за 2025 рік.", Then.Forward),
        new(12, "post", "Савчук Петро Андрійович", null, "вул. Гімназична, 7, м. Кам'янське", "Прошу надати копію паспорта бюджетної програми з благоустрою на 2026 рік.", Then.Nothing),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RatushaDb>();
        if (await db.InformationRequests.AnyAsync()) return;
        var calendars = services.GetRequiredService<CalendarStore>();
        var rulebook = services.GetRequiredService<ControlRulebook>();
        var clock = services.GetRequiredService<TimeProvider>();
        var officials = await db.Officials.AsNoTracking().ToDictionaryAsync(o => o.Surname, o => o.Id);
        var calendar = await calendars.GetAsync();
        var registrar = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Registrar)], "demo"));

        foreach (var item in Items.OrderByDescending(i => i.DaysAgo))
        {
            // Working days back from today, so that each demo request is at the stage its example shows.
            var received = calendar.OnOrBefore(OfficeDay.Today(clock));
            for (var i = 0; i < item.DaysAgo; i++) received = calendar.OnOrBefore(received.AddDays(-1));
            var receivedAt = Ui.Formats.FromLocal(received.ToDateTime(new TimeOnly(9, 30)));
            if (receivedAt > clock.GetUtcNow()) receivedAt = clock.GetUtcNow().AddMinutes(-30);
            var registered = await RegisterInformationRequest.RunAsync(db, calendars, clock, SystemActor.Instance, new RegisterRequestCommand(
                receivedAt, item.Channel, item.Name, item.Text, item.Address, item.Email,
                Urgent: item.UrgentGround is not null, UrgentGround: item.UrgentGround,
                UrgentJustification: item.UrgentGround is null ? null : "Йдеться про безпеку питної води для мешканців району після аварії."), default);
            Ensure(registered);
            var id = registered.Value!.Id;
            Outcome<InformationRequest>? done = item.Then switch
            {
                Then.Resolve => await ResolveAsync(db, calendars, rulebook, clock, officials, registered.Value.CardId),
                Then.Extend => await InformationRequestActions.ExtendAsync(db, calendars, clock, registrar, id,
                    new ExtensionCommand("extensive-search", "Потрібно опрацювати документи за шість років у кількох підрозділах."), default),
                Then.Answer => await InformationRequestActions.AnswerAsync(db, calendars, clock, registrar, id,
                    new AnswerCommand("Міський голова приймає громадян щопонеділка з 10:00 до 13:00 у приміщенні міської ради, каб. 201."), default),
                Then.Refuse => await InformationRequestActions.RefuseAsync(db, calendars, clock, registrar, id,
                    new RefusalCommand("restricted", "Персональні дані працівників є конфіденційною інформацією, доступ до якої обмежено (ст. 7 Закону «Про доступ до публічної інформації»)."), default),
                Then.Forward => await InformationRequestActions.ForwardAsync(db, calendars, clock, registrar, id,
                    new ForwardCommand("Головне управління Пенсійного фонду України в Дніпропетровській області"), default),
                _ => null,
            };
            if (done is not null) Ensure(done);
        }
    }

    private static async Task<Outcome<InformationRequest>> ResolveAsync(
        RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, Dictionary<string, Guid> officials, Guid cardId)
    {
        var resolution = await WriteResolution.RunAsync(db, calendars, rulebook, clock, officials["Шевчук"], cardId,
            new ResolutionRequest("Підготувати відповідь на запит у встановлений законом строк.", officials["Олійник"], [], officials["Кравчук"]), default);
        if (resolution.Value is null) throw new InvalidOperationException(string.Join("; ", resolution.Errors.SelectMany(e => e.Value)));
        return Outcome.Done((await db.InformationRequests.SingleAsync(r => r.CardId == cardId))!);
    }

    private static void Ensure(Outcome<InformationRequest> outcome)
    {
        if (outcome.Value is null)
            throw new InvalidOperationException("Demo information request: " + (outcome.Forbidden ?? string.Join("; ", outcome.Errors.SelectMany(e => e.Value))));
    }
}
