namespace Ratusha.Features.Shell;

internal static class PageSetup
{
    public static void MapRatushaPages(this WebApplication app) =>
        app.MapRazorComponents<Ratusha.Components.App>();
}
