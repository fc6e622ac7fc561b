using Ratusha.Data;

namespace Ratusha.Features.Registration;

/// <summary>
/// A registration journal (журнал реєстрації): appeals, the 1545 hotline, incoming letters, decisions…
/// Journals with the same <see cref="SequenceKey"/> share one yearly sequence (§5.2.1: decisions and orders may share one numbering).
/// </summary>
public sealed class Journal : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string SequenceKey { get; private set; } = "";
    /// <summary>See <see cref="NumberFormat"/> for the tokens.</summary>
    public string NumberFormat { get; private set; } = "{n}";
    public bool IsActive { get; private set; } = true;
    public int Version { get; private set; }

    public static Journal Create(JournalDetails details)
    {
        var journal = new Journal { Code = details.Code.Trim() };
        journal.Update(details);
        return journal;
    }

    public void Update(JournalDetails details)
    {
        Name = details.Name.Trim();
        SequenceKey = string.IsNullOrWhiteSpace(details.SequenceKey) ? Code : details.SequenceKey.Trim();
        NumberFormat = details.NumberFormat.Trim();
        IsActive = details.IsActive;
    }
}

public sealed record JournalDetails(string Code, string Name, string? SequenceKey, string NumberFormat, bool IsActive = true);

/// <summary>The last number given in one sequence in one year. Incremented in the transaction that registers the item.</summary>
public sealed class JournalCounter
{
    public string SequenceKey { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
