using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Control;

/// <summary>Where a registered item stands on control, for a module that files finished items (§5.3.13, §5.3.14).</summary>
public enum ControlStanding { NeverOnControl, OnControl, ForInformation, RemovedFromControl }

/// <summary>
/// A «до відома» item comes back to the general department for filing (§5.3.13): filing it closes its resolution
/// («До справи», §5.3.14). Any other item is filed only once the controller removed it from control, or when it never was on control.
/// </summary>
public static class ForInformationFiling
{
    public static async Task<ControlStanding> StandingAsync(RatushaDb db, Guid cardId, CancellationToken ct)
    {
        var open = await db.Resolutions.Where(r => r.CardId == cardId && r.State == ControlState.OnControl)
            .Select(r => new { r.ForInformation }).ToListAsync(ct);
        if (open.Count > 0) return open.All(r => r.ForInformation) ? ControlStanding.ForInformation : ControlStanding.OnControl;
        return await db.Resolutions.AnyAsync(r => r.CardId == cardId, ct) ? ControlStanding.RemovedFromControl : ControlStanding.NeverOnControl;
    }

    /// <summary>Closes the item's open «до відома» resolutions with the basis (in the caller's unit of work).</summary>
    public static async Task CloseAsync(RatushaDb db, Guid cardId, string basis, DateOnly on, CancellationToken ct)
    {
        var open = await db.Resolutions.Include(r => r.Assignments)
            .Where(r => r.CardId == cardId && r.State == ControlState.OnControl && r.ForInformation).ToListAsync(ct);
        foreach (var resolution in open) resolution.RemoveFromControl(basis, on);
    }
}
