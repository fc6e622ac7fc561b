using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;

namespace Ratusha.Features.Deadlines;

/// <summary>
/// The working calendar built from the database. Kept in memory for a short time; a change made on this instance
/// clears it at once, a change made on another instance is seen within <see cref="Lifetime"/>.
/// </summary>
public sealed class CalendarStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (WorkingCalendar Calendar, DateTimeOffset LoadedAt)? cached;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        if (cached is { } c && clock.GetUtcNow() - c.LoadedAt < Lifetime) return c.Calendar;
        await gate.WaitAsync(ct);
        try
        {
            if (cached is { } again && clock.GetUtcNow() - again.LoadedAt < Lifetime) return again.Calendar;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
            var data = new CalendarData(
                [.. (await db.CalendarHolidays.AsNoTracking().ToListAsync(ct)).Select(h => h.ToDefinition())],
                [.. (await db.CalendarSpecialDays.AsNoTracking().ToListAsync(ct)).Select(d => d.ToDefinition())],
                [.. (await db.CalendarMartialLaw.AsNoTracking().ToListAsync(ct)).Select(p => p.ToDefinition())]);
            var calendar = new WorkingCalendar(data);
            cached = (calendar, clock.GetUtcNow());
            return calendar;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => cached = null;
}
