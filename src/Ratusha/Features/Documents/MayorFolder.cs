using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.Documents;

public sealed record FolderPlaceRequest(Guid DocumentId, DateTimeOffset? At = null);

public sealed record FolderStepRequest(DateTimeOffset? At = null, int? Version = null);

/// <summary>One step of a folder item: when it was due, when it was done, and whether it is (or was) late.</summary>
public sealed record FolderStepView(string Step, string Title, DateTimeOffset? Due, string Rule, DateTimeOffset? DoneAt, bool Late);

public sealed record FolderItemView(
    Guid Id, Guid DocumentId, string Index, string Summary, string FolderDay, DateTimeOffset PlacedAt, FolderStepView[] Steps,
    bool Late, bool ConsideredSameDay, int Version);

/// <summary>
/// The mayor's daily folder (§5.1.13–5.1.16). A document put in before 17:00 of a working day goes in that day's
/// folder, otherwise in the next working day's. The folder is handed over by 17:00 of its day; the documents are
/// considered that day, at most within 3 working days (<c>mayor-consideration</c>); returned with resolutions by 11:00
/// of the next working day after consideration (<c>mayor-return</c>). Times are the council's (Kyiv); days from the engine.
/// </summary>
internal static class MayorFolder
{
    public const string HandOver = "handed-over";
    public const string Consider = "considered";
    public const string Return = "returned";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(OfficeHours.Default.TimeZoneId);
    private static readonly TimeOnly HandOverBy = new(17, 0);
    private static readonly TimeOnly ReturnBy = new(11, 0);
    private static readonly LegalTerm Consideration = LegalTerms.Find("mayor-consideration")!;
    private static readonly LegalTerm Returning = LegalTerms.Find("mayor-return")!;

    /// <summary>The folder a document put in at <paramref name="at"/> goes in.</summary>
    public static DateOnly FolderDayOf(DateTimeOffset at, WorkingCalendar calendar)
    {
        var (day, time) = Local(at);
        return calendar.IsWorkingDay(day) && time < HandOverBy ? day : calendar.NextWorkingDay(day);
    }

    public static FolderStepView[] Steps(MayorFolderItem item, WorkingCalendar calendar, DateTimeOffset now)
    {
        var today = Local(now).Day;
        var handOverDue = At(item.FolderDay, HandOverBy);
        var handOver = new FolderStepView(HandOver, "Передано міському голові", handOverDue, "щоденно до 17:00 (п. 5.1.13 Регламенту)",
            item.HandedOverAt, (item.HandedOverAt ?? now) > handOverDue);

        var start = item.HandedOverAt is { } handed ? Local(handed).Day : item.FolderDay;
        var considerBy = Deadline.For(Consideration, start, calendar).Due;
        var considered = item.ConsideredAt is { } c ? Local(c).Day : (DateOnly?)null;
        var consider = new FolderStepView(Consider, "Розглянуто", At(considerBy, TimeOnly.MaxValue),
            $"у день подання, у виняткових випадках — до {Ui.Formats.Date(considerBy)} ({Consideration.Rule.Describe()}, {Consideration.Source})",
            item.ConsideredAt, (considered ?? today) > considerBy);

        DateTimeOffset? returnDue = considered is { } day ? At(Deadline.For(Returning, day, calendar).Due, ReturnBy) : null;
        var back = new FolderStepView(Return, "Повернуто до загального відділу з резолюціями", returnDue,
            $"до 11:00 наступного робочого дня після розгляду ({Returning.Source})",
            item.ReturnedAt, returnDue is { } due && (item.ReturnedAt ?? now) > due);
        return [handOver, consider, back];
    }

    /// <summary>The folder's items whose cards are among <paramref name="visible"/> (the user's, by <see cref="CardVisibility"/>).</summary>
    public static async Task<List<FolderItemView>> ListAsync(RatushaDb db, IQueryable<RegistrationCard> visible, WorkingCalendar calendar, DateTimeOffset now, DateOnly? day, bool open, CancellationToken ct)
    {
        var query = db.MayorFolderItems.AsNoTracking().AsQueryable();
        if (day is { } d) query = query.Where(i => i.FolderDay == d);
        if (open) query = query.Where(i => i.ReturnedAt == null);
        var rows = await (from i in query
                          join doc in db.Documents on i.DocumentId equals doc.Id
                          join c in visible on doc.CardId equals c.Id
                          select new { i, c.Index, c.Summary }).Take(1000).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.i.FolderDay).ThenBy(r => r.i.PlacedAt).Select(r => View(r.i, r.Index, r.Summary, calendar, now))];
    }

    public static FolderItemView View(MayorFolderItem i, string index, string summary, WorkingCalendar calendar, DateTimeOffset now)
    {
        var steps = Steps(i, calendar, now);
        var sameDay = i.ConsideredAt is { } c && i.HandedOverAt is { } h && Local(c).Day == Local(h).Day;
        return new FolderItemView(i.Id, i.DocumentId, index, summary, Iso(i.FolderDay), i.PlacedAt, steps, steps.Any(s => s.Late), sameDay, i.Version);
    }

    public static async Task<Outcome<MayorFolderItem>> PlaceAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, FolderPlaceRequest r, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (!await db.Documents.AnyAsync(d => d.Id == r.DocumentId, ct)) errors["documentId"] = ["Оберіть зареєстрований документ."];
        else if (await db.MayorFolderItems.AnyAsync(i => i.DocumentId == r.DocumentId && i.ReturnedAt == null, ct))
            errors["documentId"] = ["Документ уже в папці міського голови і ще не повернувся."];
        var at = (r.At ?? now).ToUniversalTime();
        if (at > now.AddMinutes(5)) errors["at"] = ["Час не може бути в майбутньому."];
        if (errors.Count > 0) return Outcome.Invalid<MayorFolderItem>(errors);
        var item = MayorFolderItem.Place(r.DocumentId, FolderDayOf(at, await calendars.GetAsync(ct)), at);
        db.MayorFolderItems.Add(item);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(item);
    }

    /// <summary>Records a step at its moment: each once, in order, never in the future nor before the step before it.</summary>
    public static async Task<Outcome<MayorFolderItem>> StepAsync(RatushaDb db, TimeProvider clock, Guid id, string step, FolderStepRequest r, CancellationToken ct)
    {
        var item = await db.MayorFolderItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return Outcome.Missing<MayorFolderItem>();
        var now = clock.GetUtcNow();
        var at = (r.At ?? now).ToUniversalTime();
        var (done, previous, previousTitle) = step switch
        {
            HandOver => (item.HandedOverAt, (DateTimeOffset?)item.PlacedAt, "документ покладено до папки"),
            Consider => (item.ConsideredAt, item.HandedOverAt, "папку передано міському голові"),
            _ => (item.ReturnedAt, item.ConsideredAt, "документ розглянуто"),
        };
        var errors = new Dictionary<string, string[]>();
        if (done is not null) errors["state"] = ["Цей крок уже відмічено."];
        else if (previous is null) errors["state"] = [$"Спершу відмітьте попередній крок: {previousTitle}."];
        else if (at < previous) errors["at"] = [$"Час не може бути раніше, ніж {previousTitle} ({Ui.Formats.DateTime(previous.Value)})."];
        if (at > now.AddMinutes(5)) errors["at"] = ["Час не може бути в майбутньому."];
        if (errors.Count > 0) return Outcome.Invalid<MayorFolderItem>(errors);

        if (r.Version is { } version) Versions.Expect(db, item, version);
        switch (step)
        {
            case HandOver: item.HandOver(at); break;
            case Consider: item.Consider(at); break;
            default: item.Return(at); break;
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Done(item);
    }

    private static (DateOnly Day, TimeOnly Time) Local(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
