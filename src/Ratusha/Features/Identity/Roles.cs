namespace Ratusha.Features.Identity;

/// <summary>The roles of the product. Names are stable codes; titles are what people read.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Registrar = "Registrar";
    public const string HotlineSpecialist = "HotlineSpecialist";
    public const string Controller = "Controller";
    public const string HeadOfDepartment = "HeadOfDepartment";
    public const string Executor = "Executor";
    public const string DeputyMayor = "DeputyMayor";
    public const string Mayor = "Mayor";
    public const string Citizen = "Citizen";

    public static readonly IReadOnlyList<(string Name, string Title)> All =
    [
        (Administrator, "Адміністратор"),
        (Registrar, "Реєстратор загального відділу"),
        (HotlineSpecialist, "Спеціаліст гарячої лінії"),
        (Controller, "Контролер"),
        (HeadOfDepartment, "Керівник підрозділу"),
        (Executor, "Виконавець"),
        (DeputyMayor, "Заступник міського голови"),
        (Mayor, "Міський голова"),
        (Citizen, "Громадянин"),
    ];

    /// <summary>Roles that see the whole council; the others see only their own department.</summary>
    public static readonly IReadOnlySet<string> CouncilWide =
        new HashSet<string> { Administrator, Registrar, HotlineSpecialist, Controller, DeputyMayor, Mayor };

    public static readonly IReadOnlyList<string> Officials =
        [Administrator, Registrar, HotlineSpecialist, Controller, HeadOfDepartment, Executor, DeputyMayor, Mayor];

    /// <summary>Roles that read the analytics of appeals and control (each within its scope: Features/Analytics/AnalyticsScope).</summary>
    public static readonly IReadOnlyList<string> Analytics = [Mayor, DeputyMayor, Registrar, Controller, HotlineSpecialist, HeadOfDepartment];

    public static string Title(string name) => All.FirstOrDefault(r => r.Name == name).Title ?? name;
}
