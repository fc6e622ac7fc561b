using Microsoft.AspNetCore.Authorization;

namespace Ratusha.Features.Identity;

/// <summary>Every endpoint and page names one of these policies; the authorisation matrix test checks them all.</summary>
public static class Policies
{
    public const string Official = nameof(Official);
    public const string Admin = nameof(Admin);
    public const string Registration = nameof(Registration);
    public const string Audit = nameof(Audit);
    public const string Resolution = nameof(Resolution);
    public const string Analytics = nameof(Analytics);
    public const string Dashboard = nameof(Dashboard);
    public const string Hotline = nameof(Hotline);
    public const string Records = nameof(Records);

    /// <summary>What each policy lets a user do, in the words of the roles page.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Official, "працювати з журналами реєстрації, структурою ради та калькулятором строків"),
        (Registration, "реєструвати документи та звернення в журналах"),
        (Resolution, "накладати резолюції та продовжувати встановлені ними строки"),
        (Dashboard, "переглядати панель керівника: прострочене за підрозділами, строки тижня, динаміку звернень і теми, що зростають"),
        (Hotline, "імпортувати звернення гарячих ліній і звітувати контактним центрам"),
        (Records, "вести номенклатуру справ, підшивати виконані документи до справ і вести папку документів міському голові"),
        (Audit, "переглядати журнал змін і перевіряти його цілісність"),
        (Analytics, "переглядати аналітику звернень і контролю виконання (керівник підрозділу — свого підрозділу, спеціаліст гарячої лінії — звернень гарячих ліній)"),
        (Admin, "керувати радою, підрозділами, посадовими особами, користувачами, журналами, класифікатором звернень і календарем"),
    ];

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Official, p => p.RequireRole([.. Roles.Officials]));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(Registration, p => p.RequireRole(Roles.Administrator, Roles.Registrar, Roles.HotlineSpecialist));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Administrator, Roles.Controller));
        options.AddPolicy(Resolution, p => p.RequireRole(Roles.Mayor, Roles.DeputyMayor));
        options.AddPolicy(Analytics, p => p.RequireRole([.. Roles.Analytics]));
        // Those who read the dashboards (BRIEF: the mayor and the deputies) and the controller who watches execution discipline.
        options.AddPolicy(Dashboard, p => p.RequireRole(Roles.Mayor, Roles.DeputyMayor, Roles.Controller));
        options.AddPolicy(Hotline, p => p.RequireRole(Roles.HotlineSpecialist, Roles.Registrar));
        options.AddPolicy(Records, p => p.RequireRole(Roles.Administrator, Roles.Registrar));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
