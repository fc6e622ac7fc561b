using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Identity;

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

public sealed record HolidayResponse(Guid Id, string Name, int? Month, int? Day, int? DaysAfterEaster, DateOnly ValidFrom, DateOnly? ValidTo, string Source, int Version);
public sealed record SpecialDayResponse(Guid Id, DateOnly Date, SpecialDayKind Kind, string Reason, int Version);
public sealed record MartialLawResponse(Guid Id, DateOnly From, DateOnly? To, string Source, int Version);

/// <summary>The administrator edits the calendar: holidays by period, government transfers, martial law.</summary>
internal static class CalendarAdminEndpoints
{
    public static void MapCalendarAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar-settings").WithTags("Строки та календар").RequireAuthorization(Policies.Admin);
        api.MapGet("/holidays", async (RatushaDb db, CancellationToken ct) => TypedResults.Ok((await db.CalendarHolidays.AsNoTracking().ToListAsync(ct))
            .OrderBy(h => h.ValidFrom).Select(ToResponse).ToArray())).WithName("ListHolidays").WithSummary("Святкові дні (ст. 73 КЗпП) за періодами");
        api.MapPost("/holidays", AddHoliday).WithName("AddHoliday").WithSummary("Додати святковий день");
        api.MapDelete("/holidays/{id:guid}", (Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) => Remove(db.CalendarHolidays, id, db, store, ct))
            .WithName("DeleteHoliday").WithSummary("Вилучити святковий день");

        api.MapGet("/special-days", async (RatushaDb db, CancellationToken ct) => TypedResults.Ok((await db.CalendarSpecialDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(ct))
            .Select(d => new SpecialDayResponse(d.Id, d.Date, d.Kind, d.Reason, d.Version)).ToArray())).WithName("ListSpecialDays").WithSummary("Перенесені робочі та вихідні дні");
        api.MapPost("/special-days", AddSpecialDay).WithName("AddSpecialDay").WithSummary("Додати перенесений день");
        api.MapDelete("/special-days/{id:guid}", (Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) => Remove(db.CalendarSpecialDays, id, db, store, ct))
            .WithName("DeleteSpecialDay").WithSummary("Вилучити перенесений день");

        api.MapGet("/martial-law", async (RatushaDb db, CancellationToken ct) => TypedResults.Ok((await db.CalendarMartialLaw.AsNoTracking().OrderBy(p => p.From).ToListAsync(ct))
            .Select(p => new MartialLawResponse(p.Id, p.From, p.To, p.Source, p.Version)).ToArray())).WithName("ListMartialLaw").WithSummary("Періоди воєнного стану");
        api.MapPost("/martial-law", AddMartialLaw).WithName("AddMartialLaw").WithSummary("Додати період воєнного стану");
        api.MapPut("/martial-law/{id:guid}", UpdateMartialLaw).WithName("UpdateMartialLaw").WithSummary("Змінити період воєнного стану (наприклад, дату припинення)");
        api.MapDelete("/martial-law/{id:guid}", (Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) => Remove(db.CalendarMartialLaw, id, db, store, ct))
            .WithName("DeleteMartialLaw").WithSummary("Вилучити період воєнного стану");
    }

    private static HolidayResponse ToResponse(CalendarHoliday h) => new(h.Id, h.Name, h.Month, h.Day, h.DaysAfterEaster, h.ValidFrom, h.ValidTo, h.Source, h.Version);

    private static async Task<Results<Created<HolidayResponse>, ValidationProblem>> AddHoliday(HolidayRequest r, RatushaDb db, CalendarStore store, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var isFixed = r.Month is not null && r.Day is not null;
        if (isFixed == r.DaysAfterEaster is not null) errors["month"] = ["Вкажіть або місяць і день, або зсув від Великодня."];
        else if (isFixed && r.Day > DateTime.DaysInMonth(2024, r.Month!.Value)) errors["day"] = ["Такого дня в цьому місяці немає."];
        if (r.ValidTo is { } to && to < r.ValidFrom) errors["validTo"] = ["Кінець дії не може бути раніше за початок."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var holiday = CalendarHoliday.Of(new HolidayDefinition(r.Name.Trim(), r.Month, r.Day, r.DaysAfterEaster, r.ValidFrom, r.ValidTo, r.Source.Trim()));
        db.CalendarHolidays.Add(holiday);
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return TypedResults.Created($"/api/v1/calendar-settings/holidays/{holiday.Id}", ToResponse(holiday));
    }

    private static async Task<Results<Created<SpecialDayResponse>, ValidationProblem>> AddSpecialDay(SpecialDayRequest r, RatushaDb db, CalendarStore store, CancellationToken ct)
    {
        if (await db.CalendarSpecialDays.AnyAsync(d => d.Date == r.Date, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["Для цієї дати перенесення вже вказано."] });
        if (!Enum.IsDefined(r.Kind))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Оберіть: робочий день чи вихідний."] });
        var day = CalendarSpecialDay.Of(new SpecialDay(r.Date, r.Kind, r.Reason.Trim()));
        db.CalendarSpecialDays.Add(day);
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return TypedResults.Created($"/api/v1/calendar-settings/special-days/{day.Id}", new SpecialDayResponse(day.Id, day.Date, day.Kind, day.Reason, day.Version));
    }

    private static async Task<Results<Created<MartialLawResponse>, ValidationProblem>> AddMartialLaw(MartialLawRequest r, RatushaDb db, CalendarStore store, CancellationToken ct)
    {
        if (r.To is { } to && to < r.From)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Кінець не може бути раніше за початок."] });
        var period = CalendarMartialLaw.Of(new MartialLawPeriod(r.From, r.To, r.Source.Trim()));
        db.CalendarMartialLaw.Add(period);
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return TypedResults.Created($"/api/v1/calendar-settings/martial-law/{period.Id}", new MartialLawResponse(period.Id, period.From, period.To, period.Source, period.Version));
    }

    private static async Task<Results<Ok<MartialLawResponse>, NotFound, ValidationProblem>> UpdateMartialLaw(
        Guid id, MartialLawRequest r, int version, RatushaDb db, CalendarStore store, CancellationToken ct)
    {
        var period = await db.CalendarMartialLaw.FindAsync([id], ct);
        if (period is null) return TypedResults.NotFound();
        if (r.To is { } to && to < r.From)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Кінець не може бути раніше за початок."] });
        db.Entry(period).Property(p => p.Version).OriginalValue = version;
        (period.From, period.To, period.Source) = (r.From, r.To, r.Source.Trim());
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return TypedResults.Ok(new MartialLawResponse(period.Id, period.From, period.To, period.Source, period.Version));
    }

    private static async Task<Results<NoContent, NotFound>> Remove<T>(DbSet<T> set, Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) where T : class
    {
        var row = await set.FindAsync([id], ct);
        if (row is null) return TypedResults.NotFound();
        set.Remove(row);
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return TypedResults.NoContent();
    }
}
