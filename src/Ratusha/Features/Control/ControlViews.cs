using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.Control;

public sealed record ReportView(
    Guid Id, string Kind, string Text, Guid ById, string On, string? Result, string? Grounds, string? AppealRoute,
    string? DeliveredBy, string? DeliveredOn, string? DeliveredTo);
public sealed record AssignmentView(Guid Id, Guid ExecutorId, string ExecutorName, Guid DepartmentId, bool IsLead, string DueDate, string State, bool Overdue, string? ReturnComment, int Version, ReportView[] Reports);
public sealed record ExtensionView(string PreviousDue, string NewDue, string Reason, Guid ById, string On);
public sealed record ResolutionView(
    Guid Id, Guid CardId, string Kind, Guid AuthorId, string AuthorName, string Text, string WrittenOn, string RegisteredOn, string DueDate,
    Guid ControllerId, string ControllerName, string State, string? RemovedOn, string? RemovalBasis, int Version,
    AssignmentView[] Assignments, ExtensionView[] Extensions, bool ForInformation = false, string[]? InterimDates = null);
public sealed record MyAssignment(Guid Id, Guid ResolutionId, Guid CardId, string Index, string Summary, bool IsLead, string DueDate, string State, bool Overdue);

/// <summary>What the control machine shows: the resolutions of an item, and an executor's own assignments.</summary>
internal static class ControlViews
{
    /// <summary>The resolutions of an item the caller has already been allowed to see (<see cref="Registration.CardVisibility"/>).</summary>
    /// <param name="calendar">When given, the interim reporting dates of terms over three months (§2.6.3) are shown.</param>
    public static async Task<ResolutionView[]> OfCardAsync(RatushaDb db, Guid cardId, DateOnly today, CancellationToken ct, Ratusha.Calendar.WorkingCalendar? calendar = null)
    {
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => r.CardId == cardId)
            .Include(r => r.Assignments).ThenInclude(a => a.Reports).Include(r => r.Extensions)
            .OrderBy(r => r.WrittenOn).ToListAsync(ct);

        var ids = resolutions.SelectMany(r => r.Assignments.Select(a => a.ExecutorId).Append(r.AuthorId).Append(r.ControllerId)).Distinct().ToList();
        var names = await db.Officials.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        return [.. resolutions.Select(r => new ResolutionView(
            r.Id, r.CardId, r.Kind, r.AuthorId, names.GetValueOrDefault(r.AuthorId, "?"), r.Text, Iso(r.WrittenOn), Iso(r.RegisteredOn), Iso(r.DueDate),
            r.ControllerId, names.GetValueOrDefault(r.ControllerId, "?"), r.State.ToString(), r.RemovedOn is { } d ? Iso(d) : null, r.RemovalBasis, r.Version,
            [.. r.Assignments.OrderByDescending(a => a.IsLead).Select(a => new AssignmentView(
                a.Id, a.ExecutorId, names.GetValueOrDefault(a.ExecutorId, "?"), a.DepartmentId, a.IsLead, Iso(a.DueDate), a.State.ToString(),
                a.IsOverdue(today), a.ReturnComment, a.Version,
                [.. a.Reports.OrderBy(p => p.On).Select(p => new ReportView(p.Id, p.Kind.ToString(), p.Text, p.ById, Iso(p.On),
                    p.Result, p.Grounds, p.AppealRoute, p.DeliveredBy?.ToString(), p.DeliveredOn is { } sent ? Iso(sent) : null, p.DeliveredTo))]))],
            [.. r.Extensions.OrderBy(e => e.On).Select(e => new ExtensionView(Iso(e.PreviousDue), Iso(e.NewDue), e.Reason, e.ById, Iso(e.On)))],
            r.ForInformation,
            calendar is null ? [] : [.. InterimReporting.Dates(r.RegisteredOn, r.DueDate, calendar).Select(Iso)]))];
    }

    /// <summary>An executor's assignments, overdue first, then by due date.</summary>
    public static async Task<List<MyAssignment>> MineAsync(RatushaDb db, Guid official, bool openOnly, DateOnly today, CancellationToken ct)
    {
        var query = from a in db.Assignments.AsNoTracking()
                    join c in db.RegistrationCards on a.CardId equals c.Id
                    where a.ExecutorId == official
                    select new { a, c.Index, c.Summary };
        if (openOnly) query = query.Where(x => x.a.State == AssignmentState.Assigned || x.a.State == AssignmentState.Returned);
        var rows = await query.OrderBy(x => x.a.DueDate).Take(500).ToListAsync(ct);
        return [.. rows
            .Select(x => new MyAssignment(x.a.Id, x.a.ResolutionId, x.a.CardId, x.Index, x.Summary, x.a.IsLead, Iso(x.a.DueDate), x.a.State.ToString(), x.a.IsOverdue(today)))
            .OrderByDescending(m => m.Overdue)];
    }
}
