using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Control;

public sealed record ReportRequest(
    ReportKind Kind,
    [property: Required(ErrorMessage = "Вкажіть текст."), StringLength(8000, ErrorMessage = "Текст — до 8000 символів.")] string Text);

/// <summary>
/// An executor replies on their own assignment: an interim reply at any time, a co-executor's materials for the lead
/// (§6.14), or the lead's answer, which goes to the controller.
/// </summary>
internal static class ReportOnAssignment
{
    public static async Task<Outcome<Assignment>> RunAsync(
        RatushaDb db, TimeProvider clock, Guid? official, Guid assignmentId, ReportRequest request, CancellationToken ct)
    {
        var assignment = await db.Assignments.Include(a => a.Reports).SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null) return Outcome.Missing<Assignment>();
        if (official != assignment.ExecutorId)
            return Outcome.Refused<Assignment>("Звітувати за дорученням може лише його виконавець.");

        var errors = Outcome.Validate(request);
        if (!Enum.IsDefined(request.Kind)) errors["kind"] = ["Оберіть вид звіту."];
        else if (request.Kind == ReportKind.Answer && !assignment.IsLead)
            errors["kind"] = ["Відповідь готує відповідальний виконавець; співвиконавець подає йому матеріали (п. 6.14 Регламенту)."];
        else if (request.Kind == ReportKind.CoExecutorReport && assignment.IsLead)
            errors["kind"] = ["Відповідальний виконавець подає відповідь, а не матеріали співвиконавця."];
        if (request.Kind != ReportKind.InterimReply && !assignment.IsOpen)
            errors["state"] = ["За цим дорученням уже звітовано."];
        if (await db.Resolutions.AnyAsync(r => r.Id == assignment.ResolutionId && r.State == ControlState.RemovedFromControl, ct))
            errors["state"] = ["Документ уже знято з контролю."];
        if (errors.Count > 0) return Outcome.Invalid<Assignment>(errors);

        db.Add(assignment.Report(request.Kind, request.Text, official.Value, OfficeDay.Today(clock)));
        await db.SaveChangesAsync(ct);
        return Outcome.Done(assignment);
    }
}
