using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;

namespace Ratusha.Features.Registration;

public sealed record RegisterCardRequest(
    DateTimeOffset? ReceivedAt,
    [property: Required(ErrorMessage = "Вкажіть короткий зміст.")]
    [property: StringLength(2000, ErrorMessage = "Короткий зміст — не довше за 2000 символів.")] string Summary,
    [property: StringLength(300, ErrorMessage = "Кореспондент — не довше за 300 символів.")] string? Correspondent,
    Guid? DepartmentId,
    [property: StringLength(2, ErrorMessage = "Літера індексу — одна літера або «КО», «БП».")] string? Letter);

public sealed record RegisteredCard(Guid Id, string Journal, int Year, int Number, string Index, string RegisteredOn, DateTimeOffset ReceivedAt, IReadOnlyList<string> Explanation);

/// <summary>
/// Registers an item in a journal: the day of registration from the office hours (§3.1.4, §5.3.3), the next number of
/// the journal's sequence, all in one transaction — together with the module's own record when one is given.
/// </summary>
public static class RegisterCard
{
    public static async Task<(RegisteredCard? Card, Dictionary<string, string[]> Errors)> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor,
        string journalCode, RegisterCardRequest request, CancellationToken ct, Action<RegistrationCard>? alongside = null)
    {
        var errors = new Dictionary<string, string[]>();
        var journal = await db.Journals.AsNoTracking().SingleOrDefaultAsync(j => j.Code == journalCode && j.IsActive, ct);
        if (journal is null)
        {
            errors["journal"] = [$"Журналу «{journalCode}» немає або його закрито."];
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        Check(journal, request, now, errors);
        var receivedAt = ReceivedAt(request, now);
        var letter = Letter(request);
        string? departmentCode = null;
        if (request.DepartmentId is { } departmentId)
        {
            departmentCode = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Code).SingleOrDefaultAsync(ct);
            if (departmentCode is null) errors["departmentId"] = ["Такого підрозділу немає."];
        }
        if (errors.Count > 0) return (null, errors);

        var day = DayOf(receivedAt, await calendars.GetAsync(ct));

        // In the caller's transaction when there is one (an import registers a batch at once), otherwise in its own,
        // after this process's earlier registrations in the same sequence (JournalTurns).
        var own = db.Database.CurrentTransaction is null;
        using var turn = own ? await JournalTurns.TakeAsync(journal.SequenceKey, ct) : null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(ct) : null;
        var number = await JournalNumbering.NextAsync(db, journal, day.Date.Year, letter, departmentCode, ct);
        var card = RegistrationCard.Create(journal, number, receivedAt, day.Date, request.Summary, request.Correspondent,
            request.DepartmentId, actor.UserId, now);
        db.RegistrationCards.Add(card);
        alongside?.Invoke(card); // a module's own record of the item (an appeal's card…) is saved in the same transaction
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);

        return (new RegisteredCard(card.Id, journal.Code, card.Year, card.Number, card.Index,
            DeadlineEndpoints.Iso(card.RegisteredOn), card.ReceivedAt, day.Explanation), errors);
    }

    /// <summary>
    /// The rules of a card that need no database (a bulk import checks its rows with them): no receipt in the future,
    /// a summary, and the letter of the index where the journal's format has one (Instruction №348).
    /// </summary>
    internal static void Check(Journal journal, RegisterCardRequest request, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (ReceivedAt(request, now) > now.AddMinutes(5)) errors["receivedAt"] = ["Дата надходження не може бути в майбутньому."];
        if (string.IsNullOrWhiteSpace(request.Summary)) errors["summary"] = ["Вкажіть короткий зміст."];
        if (journal.NumberFormat.Contains("{letter}", StringComparison.Ordinal) && !IsIndexLetter(Letter(request)))
            errors["letter"] = ["Вкажіть літеру індексу: першу літеру прізвища заявника, «КО» для колективного чи «БП» для непідписаного звернення."];
    }

    /// <summary>When the item reached the office: as given, or now.</summary>
    internal static DateTimeOffset ReceivedAt(RegisterCardRequest request, DateTimeOffset now) => (request.ReceivedAt ?? now).ToUniversalTime();

    /// <summary>The letter of the index as the journal's number format takes it.</summary>
    internal static string? Letter(RegisterCardRequest request) => request.Letter?.Trim().ToUpperInvariant();

    /// <summary>The day of registration from the office hours (§3.1.4, §5.3.3).</summary>
    internal static RegistrationDay DayOf(DateTimeOffset receivedAt, WorkingCalendar calendar) => OfficeHours.Default.RegistrationDayFor(receivedAt, calendar);

    private static bool IsIndexLetter(string? letter) =>
        letter is "КО" or "БП" || (letter is { Length: 1 } && letter[0] is >= 'А' and <= 'Я' or 'Є' or 'І' or 'Ї' or 'Ґ');
}
