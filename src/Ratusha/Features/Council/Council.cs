using Ratusha.Data;

namespace Ratusha.Features.Council;

/// <summary>The council this installation serves. It is data, edited by the administrator, never a constant in code.</summary>
public sealed class Council : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public string ExecutiveCommitteeName { get; private set; } = "";
    /// <summary>ЄДРПОУ code: 8 digits.</summary>
    public string Code { get; private set; } = "";
    /// <summary>КАТОТТГ code of the community.</summary>
    public string? KatottgCode { get; private set; }
    public string Address { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Website { get; private set; }
    public int Version { get; private set; }

    public static Council Create(CouncilDetails details)
    {
        var council = new Council();
        council.Update(details);
        return council;
    }

    public void Update(CouncilDetails details)
    {
        Name = details.Name.Trim();
        ExecutiveCommitteeName = details.ExecutiveCommitteeName.Trim();
        Code = details.Code.Trim();
        KatottgCode = Blank(details.KatottgCode);
        Address = details.Address.Trim();
        Email = Blank(details.Email);
        Phone = Blank(details.Phone);
        Website = Blank(details.Website);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record CouncilDetails(
    string Name, string ExecutiveCommitteeName, string Code, string? KatottgCode,
    string Address, string? Email, string? Phone, string? Website);
