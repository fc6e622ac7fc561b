using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Organisation;

namespace Ratusha.Features.Documents;

/// <summary>
/// A case file (справа) of the year's nomenclature (номенклатура справ, §5.3.1, §5.4.7): its index, title, the
/// department that keeps it and how long it is kept. Finished documents are filed into it.
/// </summary>
public sealed class CaseFile : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public int Year { get; private set; }
    public string Index { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Guid? DepartmentId { get; private set; }
    /// <summary>Строк зберігання, as the list of standard documents says it: «5 р.», «Пост.», «3 р. ЕПК»…</summary>
    public string Retention { get; private set; } = "";
    public int Version { get; private set; }

    internal static CaseFile Create(CaseFileRequest r) => new CaseFile { Year = r.Year }.With(r);

    internal CaseFile With(CaseFileRequest r)
    {
        Index = r.Index.Trim();
        Title = r.Title.Trim();
        DepartmentId = r.DepartmentId;
        Retention = r.Retention.Trim();
        return this;
    }
}

internal sealed class CaseFileMapping : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> b)
    {
        b.ToTable("case_files");
        b.Property(c => c.Index).HasMaxLength(30);
        b.Property(c => c.Title).HasMaxLength(500);
        b.Property(c => c.Retention).HasMaxLength(100);
        b.HasIndex(c => new { c.Year, c.Index }).IsUnique();
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
