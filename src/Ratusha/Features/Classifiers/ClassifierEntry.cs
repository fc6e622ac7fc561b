using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;

namespace Ratusha.Features.Classifiers;

/// <summary>
/// One value of a classifier list (Classifier of citizens' appeals, CMU resolution №858 and its amendments): form and
/// sign of receipt, type, subject, sex, category and social status of the author, topic, result, and the reasons an
/// appeal is not considered. Lists are data the administrator edits: the classifier changes (2023, 2024).
/// </summary>
public sealed class ClassifierEntry : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string List { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    /// <summary>An author category with privileges established by law: considered first (Law «Про звернення громадян» art. 20).</summary>
    public bool IsPrivileged { get; private set; }
    public string? Source { get; private set; }
    public int Version { get; private set; }

    public static ClassifierEntry Create(string list, ClassifierDetails details)
    {
        var entry = new ClassifierEntry { List = list };
        entry.Update(details);
        return entry;
    }

    public void Update(ClassifierDetails details)
    {
        Code = details.Code.Trim();
        Name = details.Name.Trim();
        SortOrder = details.SortOrder;
        IsActive = details.IsActive;
        IsPrivileged = details.IsPrivileged;
        Source = string.IsNullOrWhiteSpace(details.Source) ? null : details.Source.Trim();
    }
}

public sealed record ClassifierDetails(string Code, string Name, int SortOrder, bool IsActive = true, bool IsPrivileged = false, string? Source = null);

internal sealed class ClassifierEntryMapping : IEntityTypeConfiguration<ClassifierEntry>
{
    public void Configure(EntityTypeBuilder<ClassifierEntry> b)
    {
        b.ToTable("classifier_entries");
        b.Property(e => e.List).HasMaxLength(40);
        b.Property(e => e.Code).HasMaxLength(40);
        b.Property(e => e.Name).HasMaxLength(300);
        b.Property(e => e.Source).HasMaxLength(300);
        b.HasIndex(e => new { e.List, e.Code }).IsUnique();
    }
}
