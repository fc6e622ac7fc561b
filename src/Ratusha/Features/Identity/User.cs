using Microsoft.AspNetCore.Identity;

namespace Ratusha.Features.Identity;

/// <summary>A log-in. An official's user is linked to the official (and through them to a department); a citizen's is not.</summary>
public sealed class User : IdentityUser<Guid>
{
    public User() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public Guid? OfficialId { get; set; }
}

public sealed class Role : IdentityRole<Guid>
{
    public Role() => Id = Guid.CreateVersion7();

    public Role(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
