using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.DeputyAppeals;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Demo;

/// <summary>
/// Deputy appeals of the demo council, made through the same use cases a clerk uses, with dates counted back from
/// today: a people's deputy's appeal on control with a hearing announced, a local deputy's one overdue, and one
/// considered and answered.
/// </summary>
internal static class DemoDeputyAppeals
{
    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RatushaDb>();
        if (await db.DeputyAppeals.AnyAsync()) return;
        var calendars = services.GetRequiredService<CalendarStore>();
        var rulebook = services.GetRequiredService<ControlRulebook>();
        var clock = services.GetRequiredService<TimeProvider>();
        var officials = await db.Officials.AsNoTracking().ToDictionaryAsync(o => o.Surname, o => o.Id);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id);
        var calendar = await calendars.GetAsync();
        var today = OfficeDay.Today(clock);
        var now = clock.GetUtcNow();

        async Task<DeputyAppeal> Register(DeputyKind kind, int daysAgo, string name, string summary, string department, string? email = null)
        {
            var outcome = await RegisterDeputyAppeal.RunAsync(db, calendars, clock, SystemActor.Instance, new RegisterDeputyAppealRequest(
                kind, name, summary, now.AddDays(-daysAgo).AddHours(-1), kind == DeputyKind.PeoplesDeputy ? "IX скликання" : "VIII скликання", null,
                email, "+380 50 123 45 67", kind == DeputyKind.PeoplesDeputy ? "вул. Грушевського, 5, м. Київ, 01008" : "м. Новомосковськ",
                $"{daysAgo + 40}/д", null, null, departments[department]), default);
            Ensure(outcome.Value is not null, outcome.Errors);
            return outcome.Value!;
        }

        async Task Resolve(DeputyAppeal appeal, string lead)
        {
            var resolution = await WriteResolution.RunAsync(db, calendars, rulebook, clock, officials["Шевчук"], appeal.CardId,
                new ResolutionRequest("Розглянути, підготувати відповідь депутату за підписом міського голови.", officials[lead], [], officials["Кравчук"]), default);
            Ensure(resolution.Value is not null, resolution.Errors);
        }

        var road = await Register(DeputyKind.PeoplesDeputy, 3, "Кравченко Андрій Васильович",
            "Про стан ремонту автомобільної дороги Новомосковськ — Перещепине в межах міста", "09", "kravchenko.av@rada.example");
        await Resolve(road, "Олійник");
        var hearing = calendar.OnOrAfter(today.AddDays(3));
        var set = await DeputyHearing.SetAsync(db, calendars, clock, road.Id, new HearingRequest(hearing, new TimeOnly(14, 0), "зала засідань виконавчого комітету, вул. Гетьманська, 14"), default);
        Ensure(set.Value is not null, set.Errors);

        var lights = await Register(DeputyKind.LocalDeputy, 14, "Мартинюк Олена Петрівна", "Про відновлення вуличного освітлення на вул. Сучкова", "09");
        await Resolve(lights, "Олійник");

        var school = await Register(DeputyKind.LocalDeputy, 8, "Гордієнко Василь Іванович", "Про ремонт спортивної зали ліцею № 3", "10");
        var considered = await DeputyAnswers.ConsideredAsync(db, calendars, clock, school.Id, new ConsiderationRequest(today.AddDays(-1)), default);
        Ensure(considered.Value is not null, considered.Errors);
        var sent = await DeputyAnswers.SendAsync(db, clock, school.Id, new SendDeputyAnswerRequest(DeputyDelivery.Post, today,
            Text: "Ремонт спортивної зали включено до програми капітальних ремонтів закладів освіти на 2027 рік."), default);
        Ensure(sent.Value is not null, sent.Errors);
    }

    private static void Ensure(bool done, Dictionary<string, string[]> errors)
    {
        if (!done) throw new InvalidOperationException("Demo deputy appeal refused: " + string.Join("; ", errors.SelectMany(e => e.Value)));
    }
}
