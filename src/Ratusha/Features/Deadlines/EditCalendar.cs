using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Deadlines;

public sealed record HolidayRequest(
    [property: Required(ErrorMessage = "Вкажіть назву свята."), StringLength(200, ErrorMessage = "Назва — до 200 символів.")] string Name,
    [property: Range(1, 12, ErrorMessage = "Місяць — від 1 до 12.")] int? Month,
    [property: Range(1, 31, ErrorMessage = "День — від 1 до 31.")] int? Day,
    [property: Range(0, 100, ErrorMessage = "Зсув від Великодня — від 0 до 100 днів.")] int? DaysAfterEaster,
    DateOnly ValidFrom, DateOnly? ValidTo,
    [property: Required(ErrorMessage = "Вкажіть підставу (норму закону)."), StringLength(300, ErrorMessage = "Підстава — до 300 символів.")] string Source);

public sealed record SpecialDayRequest(
    DateOnly Date, SpecialDayKind Kind,
    [property: Required(ErrorMessage = "Вкажіть підставу перенесення."), StringLength(300, ErrorMessage = "Підстава — до 300 символів.")] string Reason);

public sealed record MartialLawRequest(
    DateOnly From, DateOnly? To,
    [property: Required(ErrorMessage = "Вкажіть підставу (указ, закон)."), StringLength(300, ErrorMessage = "Підстава — до 300 символів.")] string Source);

/// <summary>
/// The administrator's changes to the working calendar: holidays by period, government transfers, martial law.
/// Every change clears the cached calendar, so the next deadline is computed with it.
/// </summary>
internal static class EditCalendar
{
    public static async Task<Outcome<CalendarHoliday>> AddHolidayAsync(RatushaDb db, CalendarStore store, HolidayRequest r, CancellationToken ct)
    {
        var errors = Outcome.Validate(r);
        var isFixed = r.Month is not null && r.Day is not null;
        if (isFixed == r.DaysAfterEaster is not null) errors.TryAdd("month", ["Вкажіть або місяць і день, або зсув від Великодня."]);
        else if (isFixed && r.Month is >= 1 and <= 12 && r.Day > DateTime.DaysInMonth(2024, r.Month.Value)) errors.TryAdd("day", ["Такого дня в цьому місяці немає."]);
        if (r.ValidTo is { } to && to < r.ValidFrom) errors["validTo"] = ["Кінець дії не може бути раніше за початок."];
        if (errors.Count > 0) return Outcome.Invalid<CalendarHoliday>(errors);

        var holiday = CalendarHoliday.Of(new HolidayDefinition(r.Name.Trim(), r.Month, r.Day, r.DaysAfterEaster, r.ValidFrom, r.ValidTo, r.Source.Trim()));
        db.CalendarHolidays.Add(holiday);
        await SaveAsync(db, store, ct);
        return Outcome.Done(holiday);
    }

    public static async Task<Outcome<CalendarSpecialDay>> AddSpecialDayAsync(RatushaDb db, CalendarStore store, SpecialDayRequest r, CancellationToken ct)
    {
        var errors = Outcome.Validate(r);
        if (await db.CalendarSpecialDays.AnyAsync(d => d.Date == r.Date, ct)) errors["date"] = ["Для цієї дати перенесення вже вказано."];
        else if (!Enum.IsDefined(r.Kind)) errors["kind"] = ["Оберіть: робочий день чи вихідний."];
        if (errors.Count > 0) return Outcome.Invalid<CalendarSpecialDay>(errors);

        var day = CalendarSpecialDay.Of(new SpecialDay(r.Date, r.Kind, r.Reason.Trim()));
        db.CalendarSpecialDays.Add(day);
        await SaveAsync(db, store, ct);
        return Outcome.Done(day);
    }

    public static async Task<Outcome<CalendarMartialLaw>> AddMartialLawAsync(RatushaDb db, CalendarStore store, MartialLawRequest r, CancellationToken ct)
    {
        if (MartialLawProblems(r) is { Count: > 0 } errors) return Outcome.Invalid<CalendarMartialLaw>(errors);
        var period = CalendarMartialLaw.Of(new MartialLawPeriod(r.From, r.To, r.Source.Trim()));
        db.CalendarMartialLaw.Add(period);
        await SaveAsync(db, store, ct);
        return Outcome.Done(period);
    }

    public static async Task<Outcome<CalendarMartialLaw>> UpdateMartialLawAsync(
        RatushaDb db, CalendarStore store, Guid id, MartialLawRequest r, int version, CancellationToken ct)
    {
        var period = await db.CalendarMartialLaw.FindAsync([id], ct);
        if (period is null) return Outcome.Missing<CalendarMartialLaw>();
        if (MartialLawProblems(r) is { Count: > 0 } errors) return Outcome.Invalid<CalendarMartialLaw>(errors);
        Versions.Expect(db, period, version);
        (period.From, period.To, period.Source) = (r.From, r.To, r.Source.Trim());
        await SaveAsync(db, store, ct);
        return Outcome.Done(period);
    }

    /// <summary>Deletes a holiday, a transferred day or a martial-law period; false when there is no such row.</summary>
    public static async Task<bool> RemoveAsync<T>(RatushaDb db, CalendarStore store, Guid id, CancellationToken ct) where T : class
    {
        var set = db.Set<T>();
        var row = await set.FindAsync([id], ct);
        if (row is null) return false;
        set.Remove(row);
        await SaveAsync(db, store, ct);
        return true;
    }

    private static Dictionary<string, string[]> MartialLawProblems(MartialLawRequest r)
    {
        var errors = Outcome.Validate(r);
        if (r.To is { } to && to < r.From) errors["to"] = ["Кінець не може бути раніше за початок."];
        return errors;
    }

    private static async Task SaveAsync(RatushaDb db, CalendarStore store, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        store.Invalidate();
    }
}
