using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Hotlines;

public sealed record MappingLine(string Header, string? Field);

public sealed record MappingView(string Source, IReadOnlyList<MappingLine> Saved, IReadOnlyList<FieldView> Fields);

public sealed record FieldView(string Code, string Title, string[] Headers);

/// <summary>
/// The column mapping of a source, saved by the hotline specialist on the mapping screen: each header of the centre's
/// file → a field (or nothing: ignore the column). Saving replaces the source's mapping; a field takes one column.
/// </summary>
internal static class HotlineMappingSave
{
    public static async Task<MappingView> ViewAsync(RatushaDb db, HotlineSource source, CancellationToken ct)
    {
        var saved = await db.HotlineColumnMappings.AsNoTracking().Where(m => m.Source == source.Code).OrderBy(m => m.Header).ToListAsync(ct);
        return new MappingView(source.Code, saved.ConvertAll(m => new MappingLine(m.Header, m.Field.Length == 0 ? null : m.Field)),
            [.. HotlineFields.All.Select(f => new FieldView(f.Code, f.Title, f.Headers))]);
    }

    public static async Task<Outcome<MappingView>> RunAsync(RatushaDb db, HotlineSource source, IReadOnlyList<MappingLine> lines, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var clean = lines.Where(l => !string.IsNullOrWhiteSpace(l.Header))
            .Select(l => new MappingLine(l.Header.Trim(), Ui.FormText.OrNull(l.Field))).ToList();
        foreach (var line in clean)
        {
            if (line.Header.Length > 200) errors["lines"] = [$"Заголовок «{line.Header[..40]}…» довший за 200 символів."];
            else if (line.Field is not null && !HotlineFields.IsField(line.Field)) errors["lines"] = [$"Поля «{line.Field}» немає."];
        }
        foreach (var twice in clean.Where(l => l.Field is not null).GroupBy(l => l.Field).Where(g => g.Count() > 1))
            errors["lines"] = [$"Поле «{HotlineFields.Title(twice.Key!)}» зіставлено з кількома стовпцями: {string.Join(", ", twice.Select(l => $"«{l.Header}»"))}."];
        foreach (var twice in clean.GroupBy(l => HotlineFields.Key(l.Header)).Where(g => g.Count() > 1))
            errors["lines"] = [$"Стовпець «{twice.First().Header}» указано двічі."];
        if (errors.Count > 0) return Outcome.Invalid<MappingView>(errors);

        db.HotlineColumnMappings.RemoveRange(await db.HotlineColumnMappings.Where(m => m.Source == source.Code).ToListAsync(ct));
        db.HotlineColumnMappings.AddRange(clean.Select(l => HotlineColumnMapping.Create(source.Code, l.Header, l.Field ?? "")));
        await db.SaveChangesAsync(ct);
        return Outcome.Done(await ViewAsync(db, source, ct));
    }
}
