using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Ui;

/// <summary>
/// The council's name for the page header. Kept for a minute: the layout renders alongside the page, so it must not
/// share the page's DbContext.
/// </summary>
public sealed class CouncilName(IServiceScopeFactory scopes, TimeProvider clock)
{
    private (string Name, DateTimeOffset At)? cached;

    public async Task<string> GetAsync()
    {
        if (cached is { } c && clock.GetUtcNow() - c.At < TimeSpan.FromMinutes(1)) return c.Name;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
        var name = await db.Councils.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Name).FirstOrDefaultAsync() ?? "Міська рада";
        cached = (name, clock.GetUtcNow());
        return name;
    }

    public void Invalidate() => cached = null;
}
