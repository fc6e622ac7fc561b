using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using static Ratusha.Features.Appeals.ApplicantMatching;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.Appeals;

public sealed record EarlierAppeal(Guid Id, string Index, string RegisteredOn, string ApplicantName, string? Topic, string Summary, bool SameTopic, string? NotConsideredReason, string[] Why);

/// <summary>
/// Before registering, the clerk sees earlier appeals of the same person — surname and name with typos and spelling
/// variants tolerated, and the same address or phone — and whether they were on the same topic, with the reasons
/// for each match; the clerk then confirms the sign (repeat, duplicate…). The machine suggests, the clerk decides.
/// </summary>
internal static class EarlierAppeals
{
    public static async Task<List<EarlierAppeal>> FindAsync(RatushaDb db, AppealAccess access, string? surname, string? givenName, string? address, string? phone, string? topic, CancellationToken ct)
    {
        var key = Normalize(surname);
        var digits = Digits(phone);
        if (key.Length < 2 && digits.Length < 6) return [];
        var prefix = key.Length >= 2 ? key[..2] : "\u0001";
        var candidates = await (from x in access.Rows(db)
                                where x.a.SurnameKey.StartsWith(prefix) || (digits.Length >= 6 && x.a.PhoneDigits == digits)
                                orderby x.c.Year descending, x.c.Number descending
                                select new { x.a, x.c.Index, x.c.RegisteredOn, x.c.Summary }).Take(500).ToListAsync(ct);

        var given = Normalize(givenName);
        var place = Normalize(address);
        var found = new List<EarlierAppeal>();
        foreach (var x in candidates)
        {
            var why = new List<string>();
            var sameSurname = SameName(key, x.a.SurnameKey);
            var sameGiven = SameName(given, Normalize(x.a.GivenName));
            var samePlace = place.Length > 0 && Distance(place, Normalize(x.a.Address)) <= 3;
            var samePhone = digits.Length >= 6 && digits == x.a.PhoneDigits;
            if (sameSurname) why.Add(key == x.a.SurnameKey ? "те саме прізвище" : $"прізвище відрізняється на {Distance(key, x.a.SurnameKey)} літ.");
            if (sameGiven) why.Add("те саме ім'я");
            if (samePlace) why.Add("та сама адреса");
            if (samePhone) why.Add("той самий телефон");
            var samePerson = (sameSurname && sameGiven && (samePlace || samePhone)) || (samePhone && (sameSurname || sameGiven));
            if (!samePerson) continue;
            var sameTopic = topic is not null && x.a.Topic == topic;
            if (sameTopic) why.Add("та сама тематика");
            found.Add(new EarlierAppeal(x.a.Id, x.Index, Iso(x.RegisteredOn), x.a.ApplicantName, x.a.Topic, x.Summary, sameTopic, x.a.NotConsideredReason, [.. why]));
        }
        return found;
    }
}
