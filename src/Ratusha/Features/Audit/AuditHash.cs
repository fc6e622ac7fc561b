using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ratusha.Features.Audit;

internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(AuditEntry e, long sequence, string previousHash)
    {
        var text = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString() ?? "",
            e.UserName, e.EntityType, e.EntityId, e.Action,
            e.Before ?? "\u0000", e.After ?? "\u0000",
            previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
