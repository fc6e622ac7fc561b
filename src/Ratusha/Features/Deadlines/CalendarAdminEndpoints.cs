using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Deadlines;

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
        api.MapDelete("/holidays/{id:guid}", (Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) => Remove<CalendarHoliday>(id, db, store, ct))
            .WithName("DeleteHoliday").WithSummary("Вилучити святковий день");

        api.MapGet("/special-days", async (RatushaDb db, CancellationToken ct) => TypedResults.Ok((await db.CalendarSpecialDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(ct))
            .Select(ToResponse).ToArray())).WithName("ListSpecialDays").WithSummary("Перенесені робочі та вихідні дні");
        api.MapPost("/special-days", AddSpecialDay).WithName("AddSpecialDay").WithSummary("Додати перенесений день");
        api.MapDelete("/special-days/{id:guid}", (Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) => Remove<CalendarSpecialDay>(id, db, store, ct))
            .WithName("DeleteSpecialDay").WithSummary("Вилучити перенесений день");

        api.MapGet("/martial-law", async (RatushaDb db, CancellationToken ct) => TypedResults.Ok((await db.CalendarMartialLaw.AsNoTracking().OrderBy(p => p.From).ToListAsync(ct))
            .Select(ToResponse).ToArray())).WithName("ListMartialLaw").WithSummary("Періоди воєнного стану");
        api.MapPost("/martial-law", AddMartialLaw).WithName("AddMartialLaw").WithSummary("Додати період воєнного стану");
        api.MapPut("/martial-law/{id:guid}", UpdateMartialLaw).WithName("UpdateMartialLaw").WithSummary("Змінити період воєнного стану (наприклад, дату припинення)");
        api.MapDelete("/martial-law/{id:guid}", (Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) => Remove<CalendarMartialLaw>(id, db, store, ct))
            .WithName("DeleteMartialLaw").WithSummary("Вилучити період воєнного стану");
    }

    private static HolidayResponse ToResponse(CalendarHoliday h) => new(h.Id, h.Name, h.Month, h.Day, h.DaysAfterEaster, h.ValidFrom, h.ValidTo, h.Source, h.Version);
    private static SpecialDayResponse ToResponse(CalendarSpecialDay d) => new(d.Id, d.Date, d.Kind, d.Reason, d.Version);
    private static MartialLawResponse ToResponse(CalendarMartialLaw p) => new(p.Id, p.From, p.To, p.Source, p.Version);

    private static async Task<Results<Created<HolidayResponse>, ValidationProblem>> AddHoliday(HolidayRequest r, RatushaDb db, CalendarStore store, CancellationToken ct) =>
        await EditCalendar.AddHolidayAsync(db, store, r, ct) switch
        {
            { Value: { } h } => TypedResults.Created($"/api/v1/calendar-settings/holidays/{h.Id}", ToResponse(h)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Created<SpecialDayResponse>, ValidationProblem>> AddSpecialDay(SpecialDayRequest r, RatushaDb db, CalendarStore store, CancellationToken ct) =>
        await EditCalendar.AddSpecialDayAsync(db, store, r, ct) switch
        {
            { Value: { } d } => TypedResults.Created($"/api/v1/calendar-settings/special-days/{d.Id}", ToResponse(d)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Created<MartialLawResponse>, ValidationProblem>> AddMartialLaw(MartialLawRequest r, RatushaDb db, CalendarStore store, CancellationToken ct) =>
        await EditCalendar.AddMartialLawAsync(db, store, r, ct) switch
        {
            { Value: { } p } => TypedResults.Created($"/api/v1/calendar-settings/martial-law/{p.Id}", ToResponse(p)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Ok<MartialLawResponse>, NotFound, ValidationProblem>> UpdateMartialLaw(
        Guid id, MartialLawRequest r, int version, RatushaDb db, CalendarStore store, CancellationToken ct) =>
        await EditCalendar.UpdateMartialLawAsync(db, store, id, r, version, ct) switch
        {
            { Value: { } p } => TypedResults.Ok(ToResponse(p)),
            { NotFound: true } => TypedResults.NotFound(),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<NoContent, NotFound>> Remove<T>(Guid id, RatushaDb db, CalendarStore store, CancellationToken ct) where T : class =>
        await EditCalendar.RemoveAsync<T>(db, store, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
