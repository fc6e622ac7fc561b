using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;

namespace Ratusha.Data;

/// <summary>What every installation starts with: the roles, the working calendar of Ukraine and the standard journals.</summary>
internal static class ReferenceData
{
    public static readonly IReadOnlyList<JournalDetails> StandardJournals =
    [
        new("appeals", "Звернення громадян", null, "{letter}-{n}"),
        new("hotline-1545", "Урядова гаряча лінія 1545", null, "УКЦ-{n}"),
        new("hotline-regional", "Гаряча лінія обласної адміністрації", null, "ОГЛ-{n}"),
        new("incoming", "Вхідні документи", null, "{n}/01-{yy}"),
        new("outgoing", "Вихідні документи", null, "{n}/02-{yy}"),
        new("internal", "Внутрішні документи", null, "{n}/03-{yy}"),
        new("information-requests", "Запити на публічну інформацію", null, "ЗІ-{n}"),
        // Deputy appeals: a journal per kind (the control rules differ, §5.5.3, §5.5.7), one yearly numbering for both.
        new("peoples-deputy-appeals", "Звернення народних депутатів України", "deputy-appeals", "НД-{n}"),
        new("local-deputy-appeals", "Звернення депутатів міської ради", "deputy-appeals", "ДР-{n}"),
        new("decisions", "Рішення виконавчого комітету", null, "{n}"),
        new("orders", "Розпорядження міського голови", null, "{n}-р"),
        new("telephonograms", "Телефонограми", null, "Т-{n}"),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<RatushaDb>();
        var roles = services.GetRequiredService<RoleManager<Role>>();
        foreach (var (name, _) in Roles.All)
            if (!await roles.RoleExistsAsync(name))
                await roles.CreateAsync(new Role(name));

        if (!await db.CalendarHolidays.AnyAsync())
        {
            var data = CalendarData.Ukraine;
            db.CalendarHolidays.AddRange(data.Holidays.Select(CalendarHoliday.Of));
            db.CalendarSpecialDays.AddRange(data.SpecialDays.Select(CalendarSpecialDay.Of));
            db.CalendarMartialLaw.AddRange(data.MartialLaw.Select(CalendarMartialLaw.Of));
        }

        var classifiers = await db.ClassifierEntries.Select(e => e.List + "|" + e.Code).ToListAsync();
        db.ClassifierEntries.AddRange(ClassifierLists.Seed.Where(s => !classifiers.Contains(s.List + "|" + s.Entry.Code))
            .Select(s => ClassifierEntry.Create(s.List, s.Entry)));

        var existing = await db.Journals.Select(j => j.Code).ToListAsync();
        db.Journals.AddRange(StandardJournals.Where(j => !existing.Contains(j.Code)).Select(Journal.Create));
        await db.SaveChangesAsync();
    }
}
