using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Shell;

/// <summary>What the start page shows a user: chosen by the first of their roles in this order.</summary>
public sealed record StartPage(string Role, string Heading)
{
    private static readonly (string Role, string Heading)[] Order =
    [
        (Roles.Administrator, "Адміністрування системи"),
        (Roles.Mayor, "Робочий стіл міського голови"),
        (Roles.DeputyMayor, "Робочий стіл заступника міського голови"),
        (Roles.Controller, "Робочий стіл контролера"),
        (Roles.Registrar, "Робочий стіл реєстратора"),
        (Roles.HotlineSpecialist, "Робочий стіл спеціаліста гарячої лінії"),
        (Roles.HeadOfDepartment, "Робочий стіл керівника підрозділу"),
        (Roles.Executor, "Робочий стіл виконавця"),
        (Roles.Citizen, "Кабінет громадянина"),
    ];

    public static StartPage For(ClaimsPrincipal user)
    {
        var (role, heading) = Order.FirstOrDefault(o => user.IsInRole(o.Role));
        return role is null ? new StartPage("", "Робочий стіл") : new StartPage(role, heading);
    }
}

public sealed record JournalCount(string Code, string Name, int Today, int ThisYear);
public sealed record RecentCard(string Index, string Journal, DateOnly RegisteredOn, string Summary);

/// <summary>The figures on the start pages; every query respects the user's department scope.</summary>
public sealed class StartPageQueries(RatushaDb db, CalendarStore calendars, CardVisibility visibility, TimeProvider clock)
{
    public DateOnly Today() => OfficeDay.Today(clock);

    public async Task<List<JournalCount>> JournalCountsAsync(DepartmentScope scope, IReadOnlyCollection<string>? codes = null)
    {
        // From the daily counts (JournalTallies), not the cards: a year of a big council's appeals is millions of cards.
        var today = Today();
        var (first, last) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        var tallies = db.Set<JournalTally>().AsNoTracking().Where(t => t.Day >= first && t.Day <= last);
        if (!scope.CouncilWide) tallies = tallies.Where(t => t.DepartmentId == (scope.DepartmentId ?? Guid.Empty));
        var counts = await tallies.GroupBy(t => t.JournalId)
            .Select(g => new { JournalId = g.Key, Year = g.Sum(t => t.Count), Today = g.Sum(t => t.Day == today ? t.Count : 0) }).ToListAsync();
        var journals = await db.Journals.AsNoTracking().Where(j => j.IsActive).OrderBy(j => j.Name).ToListAsync();
        return [.. journals.Where(j => codes is null || codes.Contains(j.Code)).Select(j =>
        {
            var c = counts.FirstOrDefault(x => x.JournalId == j.Id);
            return new JournalCount(j.Code, j.Name, c?.Today ?? 0, c?.Year ?? 0);
        })];
    }

    public async Task<List<RecentCard>> RecentAsync(ClaimsPrincipal user, int count = 10)
    {
        // Department staff see their department's latest: narrowed first, it walks the (department, registered_at) index.
        var scope = DepartmentScope.Of(user);
        var department = scope.DepartmentId;
        var mine = scope.CouncilWide ? db.RegistrationCards.AsNoTracking() : db.RegistrationCards.AsNoTracking().Where(c => c.DepartmentId == department);
        var cards = visibility.Filter(db, user, mine);
        return await (from c in cards
                      join j in db.Journals on c.JournalId equals j.Id
                      orderby c.RegisteredAt descending
                      select new RecentCard(c.Index, j.Name, c.RegisteredOn, c.Summary)).Take(count).ToListAsync();
    }

    public async Task<string?> DepartmentNameAsync(DepartmentScope scope) =>
        scope.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync() : null;

    public async Task<(int Departments, int Officials, int Users)> OrganisationAsync() =>
        (await db.Departments.CountAsync(), await db.Officials.CountAsync(), await db.Users.CountAsync());

    public async Task<DayInfo> TodayInfoAsync() => (await calendars.GetAsync()).Describe(Today());
}
