using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Control;

public sealed record ReportRequest(
    ReportKind Kind,
    [property: Required(ErrorMessage = "Вкажіть текст."), StringLength(8000, ErrorMessage = "Текст — до 8000 символів.")] string Text,
    string? Result = null,
    [property: StringLength(4000, ErrorMessage = "Підстави — до 4000 символів.")] string? Grounds = null,
    [property: StringLength(2000, ErrorMessage = "Порядок оскарження — до 2000 символів.")] string? AppealRoute = null);

/// <summary>
/// An executor replies on their own assignment: an interim reply at any time, a co-executor's materials for the lead
/// (§6.14), or the lead's answer, which goes to the controller. An answer carries what the kind's rules ask: a result
/// and, for a refusal, its grounds and the route of appeal.
/// </summary>
internal static class ReportOnAssignment
{
    public static async Task<Outcome<Assignment>> RunAsync(
        RatushaDb db, ControlRulebook rulebook, TimeProvider clock, Guid? official, Guid assignmentId, ReportRequest request, CancellationToken ct)
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
        var resolution = await db.Resolutions.AsNoTracking().Where(r => r.Id == assignment.ResolutionId).Select(r => new { r.State, r.ForInformation }).SingleAsync(ct);
        if (resolution.State == ControlState.RemovedFromControl)
            errors["state"] = ["Документ уже знято з контролю."];
        else if (resolution.ForInformation && request.Kind == ReportKind.Answer)
            errors["kind"] = ["Резолюція «до відома» відповіді не потребує: документ опрацьовують і повертають до загального відділу для формування справ (п. 5.3.13 Регламенту)."];
        AnswerDetails? answer = null;
        if (request.Kind == ReportKind.Answer && errors.Count == 0)
        {
            var journal = await (from c in db.RegistrationCards join j in db.Journals on c.JournalId equals j.Id where c.Id == assignment.CardId select j.Code).SingleAsync(ct);
            answer = await AnswerCheck.RunAsync(db, rulebook.For(journal).Answer, request, errors, ct);
        }
        if (errors.Count > 0) return Outcome.Invalid<Assignment>(errors);

        db.Add(assignment.Report(request.Kind, request.Text, official.Value, OfficeDay.Today(clock), answer));
        await db.SaveChangesAsync(ct);
        return Outcome.Done(assignment);
    }
}

/// <summary>What a kind's answer must carry (<see cref="AnswerRules"/>): a known result; for a refusal, grounds and the route of appeal.</summary>
internal static class AnswerCheck
{
    public static async Task<AnswerDetails?> RunAsync(RatushaDb db, AnswerRules? rules, ReportRequest request, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (rules is null) return null;
        var result = Ui.FormText.OrNull(request.Result);
        if (result is null)
        {
            errors["result"] = ["Оберіть результат розгляду."];
            return null;
        }
        if (!await db.ClassifierEntries.AnyAsync(e => e.List == rules.ResultList && e.Code == result && e.IsActive, ct))
        {
            errors["result"] = ["Такого результату розгляду немає в класифікаторі."];
            return null;
        }
        if (rules.RefusalResults.Contains(result))
        {
            if (string.IsNullOrWhiteSpace(request.Grounds))
                errors["grounds"] = [$"Відмова має містити посилання на норми законодавства і мотиви відмови ({rules.RefusalSource})."];
            if (string.IsNullOrWhiteSpace(request.AppealRoute))
                errors["appealRoute"] = [$"Відмова має роз'яснювати порядок оскарження ({rules.RefusalSource})."];
        }
        return new AnswerDetails(result, request.Grounds, request.AppealRoute);
    }
}
