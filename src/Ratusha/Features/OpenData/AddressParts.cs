using System.Text.RegularExpressions;

namespace Ratusha.Features.OpenData;

/// <summary>
/// The public parts of a free-text address: region, district, settlement and street — never the building, the flat or
/// the postcode. «Дніпропетровська обл., Новомосковський р-н, с. Орлівщина, вул. Миру, 3, кв. 5» →
/// (Дніпропетровська область, Новомосковський район, Орлівщина, вул. Миру).
/// </summary>
public sealed partial record AddressParts(string? Region, string? District, string? Settlement, string? Street)
{
    public static readonly AddressParts None = new(null, null, null, null);

    public static AddressParts Parse(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return None;
        string? region = null, district = null, settlement = null, street = null;
        foreach (var raw in address.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var part = Spaces().Replace(raw, " ");
            if (region is null && RegionPart().Match(part) is { Success: true } r) region = r.Groups["name"].Value + " область";
            else if (district is null && DistrictPart().Match(part) is { Success: true } d) district = d.Groups["name"].Value + " район";
            else if (settlement is null && SettlementPart().Match(part) is { Success: true } s) settlement = s.Groups["name"].Value.Trim();
            else if (street is null && StreetPart().IsMatch(part) && Numbers().Replace(part, "").Trim() is var name && StreetPart().IsMatch(name)) street = name;
        }
        return new AddressParts(region, district, settlement, street);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<name>\p{L}[\p{L}'’ʼ\-]*)\s+(?:обл\.?|область)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionPart();

    [GeneratedRegex(@"^(?<name>\p{L}[\p{L}'’ʼ\-]*)\s+(?:р-н|р-ну|район)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistrictPart();

    [GeneratedRegex(@"^(?:м\.|місто|смт\.?|с\.|село|селище|сел\.)\s*(?<name>\p{L}[\p{L}'’ʼ\- ]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettlementPart();

    [GeneratedRegex(@"^(?:вул\.|вулиця|просп\.|проспект|пров\.|провулок|бульв?\.|бульвар|пл\.|площа|наб\.|набережна|узвіз|шосе|майдан|мкр\.|мікрорайон|ж/м|житловий масив|алея|тупик|в'їзд|в’їзд)\s*(?:\d+\s+)?\p{L}.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetPart();

    // A building number written in the street's part: «вул. Миру 3», «вул. Миру буд. 3, кв. 5».
    [GeneratedRegex(@"\s+(?:буд\.?|будинок|б\.|д\.|№)?\s*\d+[\p{L}]?(?:[/\-]\d*[\p{L}]?)?(?:\s+.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
