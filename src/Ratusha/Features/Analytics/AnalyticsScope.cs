using System.Security.Claims;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Analytics;

/// <summary>
/// Whose appeals a user's analytics count. Reports hold figures, not personal data, so they follow the duties of the
/// roles rather than the appeal-by-appeal rule of <see cref="AppealAccess"/>: the mayor, the deputy mayors, the
/// registrar of the general department (which analyses appeals weekly, §6.25, and keeps organisational control,
/// §5.2.7) and the controller count the whole council; the head of a department counts the appeals addressed or
/// assigned to the department (as <see cref="AppealAccess"/> lets department staff see them) and its assignments;
/// the hotline specialist counts the hotline appeals (1545 and the regional hotline, seed 000 §2.2). Nobody else
/// gets analytics (<see cref="Policies.Analytics"/>).
/// </summary>
public sealed record AnalyticsScope(bool All, Guid? DepartmentId, bool Hotline)
{
    /// <summary>The roles that get analytics; the policy of every analytics page and endpoint.</summary>
    public static IReadOnlyList<string> Roles => Identity.Roles.Analytics;

    private static readonly string[] CouncilWide = [Identity.Roles.Mayor, Identity.Roles.DeputyMayor, Identity.Roles.Registrar, Identity.Roles.Controller];

    public static readonly AnalyticsScope Council = new(true, null, false);

    public static AnalyticsScope Of(ClaimsPrincipal user)
    {
        if (CouncilWide.Any(user.IsInRole)) return Council;
        var department = user.IsInRole(Identity.Roles.HeadOfDepartment) ? DepartmentScope.Of(user).DepartmentId : null;
        return new AnalyticsScope(false, department, user.IsInRole(Identity.Roles.HotlineSpecialist));
    }

    /// <summary>How the report says whose appeals it counts.</summary>
    public string Describe(IReadOnlyDictionary<Guid, string> departments) =>
        All ? "усі звернення виконавчого комітету"
        : DepartmentId is { } d ? $"звернення, адресовані підрозділу або доручені йому: {departments.GetValueOrDefault(d, "підрозділ")}"
          + (Hotline ? ", і звернення гарячих ліній" : "")
        : Hotline ? "звернення Урядового контактного центру 1545 і гарячої лінії обласної адміністрації"
        : "жодних звернень";

    /// <summary>The appeals (with their cards) of the appeal journals this scope counts.</summary>
    internal IQueryable<AppealRow> Appeals(RatushaDb db, IQueryable<AppealRow> rows)
    {
        if (All) return rows;
        var department = DepartmentId;
        var hotline = Hotline;
        return rows.Where(x =>
            (hotline && (x.a.Channel == ClassifierLists.Hotline1545 || x.a.Channel == ClassifierLists.RegionalHotline))
            || (department != null && (x.c.DepartmentId == department
                                       || db.Assignments.Where(s => s.CardId == x.c.Id && s.DepartmentId == department).Skip(0).Any())));
    }

    /// <summary>The resolutions this scope counts in the control report: a department head's those whose lead is in the department.</summary>
    internal IQueryable<Resolution> Resolutions(RatushaDb db, IQueryable<Resolution> resolutions)
    {
        if (All) return resolutions;
        var department = DepartmentId;
        var hotline = Hotline;
        return resolutions.Where(r =>
            (department != null && db.Assignments.Any(s => s.ResolutionId == r.Id && s.IsLead && s.DepartmentId == department))
            || (hotline && db.Appeals.Any(a => a.CardId == r.CardId && (a.Channel == ClassifierLists.Hotline1545 || a.Channel == ClassifierLists.RegionalHotline))));
    }
}
