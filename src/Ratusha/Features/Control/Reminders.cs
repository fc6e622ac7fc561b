using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Mail;

namespace Ratusha.Features.Control;

/// <summary><c>Reminders:*</c>: how many working days before the due date the executor is reminded, and how often to look.</summary>
public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;
    public int WorkingDaysBefore { get; set; } = 3;
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Executors are reminded before their due date; on overdue the head of the executing department and the controller
/// are told. Letters go through the outbox with a key per assignment, due date and recipient, so a letter is written
/// once however often (and on however many instances) the round runs.
/// </summary>
internal sealed class Reminders(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, CalendarStore calendars, TimeProvider clock, ILogger<Reminders> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval); // real-time cadence; "today" comes from the injected clock
        do
        {
            try
            {
                // A round that lost a race to another instance runs again at once: the letters the other instance wrote
                // are skipped by their keys, and the rest of this round's letters are not left to the next hour.
                if (!await RoundAsync(stoppingToken)) await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Reminder round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round; false when another instance wrote some of the same letters first (nothing of this round is saved).</summary>
    private async Task<bool> RoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
        var calendar = await calendars.GetAsync(ct);
        var today = OfficeDay.Today(clock);
        var remindUntil = Deadline.For(new WorkingDays(options.Value.WorkingDaysBefore), today, calendar).Due;

        var open = await (from a in db.Assignments.AsNoTracking()
                          join r in db.Resolutions on a.ResolutionId equals r.Id
                          join c in db.RegistrationCards on a.CardId equals c.Id
                          join executor in db.Officials on a.ExecutorId equals executor.Id
                          join controller in db.Officials on r.ControllerId equals controller.Id
                          where r.State == ControlState.OnControl
                                && (a.State == AssignmentState.Assigned || a.State == AssignmentState.Returned)
                                && a.DueDate <= remindUntil
                          select new { a.Id, a.DueDate, a.DepartmentId, c.Index, c.Summary, ExecutorEmail = executor.Email, ExecutorName = executor.Surname + " " + executor.GivenName, ControllerEmail = controller.Email })
            .ToListAsync(ct);
        if (open.Count == 0) return true;

        var heads = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join role in db.Roles on ur.RoleId equals role.Id
                           join o in db.Officials on u.OfficialId equals o.Id
                           where role.Name == Roles.HeadOfDepartment
                           select new { o.DepartmentId, Email = o.Email ?? u.Email }).ToListAsync(ct);

        var now = clock.GetUtcNow();
        foreach (var a in open)
        {
            var due = Ui.Formats.Date(a.DueDate);
            var stamp = a.DueDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            if (a.DueDate < today)
            {
                var text = $"Доручення за документом № {a.Index} («{a.Summary}») не виконано у строк {due}. Виконавець: {a.ExecutorName}.";
                foreach (var to in heads.Where(h => h.DepartmentId == a.DepartmentId).Select(h => h.Email).Append(a.ControllerEmail).Distinct())
                    await Outbox.EnqueueAsync(db, $"overdue:{a.Id}:{stamp}:{to}", to, $"Прострочено: № {a.Index}, строк {due}", text, now, ct);
            }
            else
            {
                await Outbox.EnqueueAsync(db, $"remind:{a.Id}:{stamp}", a.ExecutorEmail, $"Нагадування: № {a.Index}, строк {due}",
                    $"Нагадуємо: строк виконання доручення за документом № {a.Index} («{a.Summary}») — {due}.", now, ct);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            // Another instance wrote the same letters in the meantime: the unique key kept them single.
            log.LogInformation("Reminder letters were written by another instance: {Error}", e.InnerException?.Message ?? e.Message);
            return false;
        }
    }
}
