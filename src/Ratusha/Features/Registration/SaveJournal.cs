using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Registration;

public sealed record JournalCreate(string Code, string Name, string? SequenceKey, string NumberFormat);
public sealed record JournalUpdate(string Name, string? SequenceKey, string NumberFormat, bool IsActive, int Version);

/// <summary>Adds a journal or changes its name, shared numbering and number format at the version the editor saw.</summary>
internal static partial class SaveJournal
{
    [GeneratedRegex("^[a-z0-9-]{2,50}$")]
    private static partial Regex CodeFormat();

    public static async Task<Outcome<Journal>> CreateAsync(RatushaDb db, JournalCreate request, CancellationToken ct)
    {
        var errors = Problems(request.Name, request.NumberFormat, request.SequenceKey);
        var code = request.Code?.Trim() ?? "";
        if (!CodeFormat().IsMatch(code))
            errors["code"] = ["Код журналу — від 2 до 50 малих латинських літер, цифр чи дефісів."];
        else if (await db.Journals.AnyAsync(j => j.Code == code, ct))
            errors["code"] = [$"Журнал з кодом «{code}» уже є."];
        if (errors.Count > 0) return Outcome.Invalid<Journal>(errors);

        var journal = Journal.Create(new JournalDetails(code, request.Name, request.SequenceKey, request.NumberFormat));
        db.Journals.Add(journal);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(journal);
    }

    public static async Task<Outcome<Journal>> UpdateAsync(RatushaDb db, string code, JournalUpdate update, CancellationToken ct)
    {
        var journal = await db.Journals.SingleOrDefaultAsync(j => j.Code == code, ct);
        if (journal is null) return Outcome.Missing<Journal>();
        if (Problems(update.Name, update.NumberFormat, update.SequenceKey) is { Count: > 0 } errors) return Outcome.Invalid<Journal>(errors);

        Versions.Expect(db, journal, update.Version);
        journal.Update(new JournalDetails(code, update.Name, update.SequenceKey, update.NumberFormat, update.IsActive));
        await db.SaveChangesAsync(ct);
        return Outcome.Done(journal);
    }

    private static Dictionary<string, string[]> Problems(string? name, string? numberFormat, string? sequenceKey)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors["name"] = ["Вкажіть назву журналу (до 200 символів)."];
        if (NumberFormat.Problem(numberFormat ?? "") is { } problem) errors["numberFormat"] = [problem];
        if (sequenceKey is { Length: > 50 }) errors["sequenceKey"] = ["Ключ спільної нумерації — до 50 символів."];
        return errors;
    }
}
