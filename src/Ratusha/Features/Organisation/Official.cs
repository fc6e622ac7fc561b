using Ratusha.Data;

namespace Ratusha.Features.Organisation;

/// <summary>Посадова особа: an official who works in a department.</summary>
public sealed class Official : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Surname { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string? Patronymic { get; private set; }
    public string Position { get; private set; } = "";
    public Guid DepartmentId { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int Version { get; private set; }

    public string FullName => Patronymic is null ? $"{Surname} {GivenName}" : $"{Surname} {GivenName} {Patronymic}";

    /// <summary>"Іваненко О.П." — the form used in resolutions and lists.</summary>
    public string ShortName => Patronymic is null
        ? $"{Surname} {GivenName[..1]}."
        : $"{Surname} {GivenName[..1]}.{Patronymic[..1]}.";

    public static Official Create(OfficialDetails details)
    {
        var official = new Official();
        official.Update(details);
        return official;
    }

    public void Update(OfficialDetails details)
    {
        Surname = details.Surname.Trim();
        GivenName = details.GivenName.Trim();
        Patronymic = string.IsNullOrWhiteSpace(details.Patronymic) ? null : details.Patronymic.Trim();
        Position = details.Position.Trim();
        DepartmentId = details.DepartmentId;
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        IsActive = details.IsActive;
    }
}

public sealed record OfficialDetails(
    string Surname, string GivenName, string? Patronymic, string Position, Guid DepartmentId,
    string? Email, string? Phone, bool IsActive = true);
