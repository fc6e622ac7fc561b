using System.Security.Claims;

namespace Ratusha.Data;

/// <summary>Who is acting now: the signed-in user of the request, or the system (seeding, jobs).</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }
    string Name { get; }
}

internal sealed class HttpCurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => Principal?.Identity?.IsAuthenticated == true
        ? Principal.Identity.Name ?? "?"
        : http.HttpContext is null ? SystemActor.SystemName : "anonymous";
}

public sealed class SystemActor : ICurrentActor
{
    public const string SystemName = "system";
    public static readonly SystemActor Instance = new();
    public Guid? UserId => null;
    public string Name => SystemName;
}
