using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Ratusha.Data;

/// <summary>
/// The last guard before a save: no text longer than its column allows and no NUL or broken UTF-16 (lone surrogate)
/// in any text. PostgreSQL refuses both by itself; SQLite would store them, so both databases refuse here alike and the
/// client gets the same 400 (nothing stored).
/// </summary>
internal static class StoredText
{
    public const string TooLong = "22001";
    public const string BadCharacter = "22021";

    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is not string text) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                if (property.Metadata.GetMaxLength() is { } max && text.Length > max)
                    throw Refused(TooLong, $"{entry.Metadata.ShortName()}.{property.Metadata.Name} is longer than {max}");
                if (!IsClean(text))
                    throw Refused(BadCharacter, $"{entry.Metadata.ShortName()}.{property.Metadata.Name} has a NUL or a lone surrogate");
            }
        }
    }

    /// <summary>No NUL, no other C0 control except tab and line breaks, every surrogate paired.</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r')) return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    private static DbUpdateException Refused(string sqlState, string what) => new($"Refused before saving: {what}.", new RefusedText(sqlState, what));

    /// <summary>The same SQLSTATE PostgreSQL gives, so the error handler answers alike on both databases.</summary>
    private sealed class RefusedText(string sqlState, string message) : DbException(message)
    {
        public override string SqlState => sqlState;
    }
}
