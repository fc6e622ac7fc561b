using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;

namespace Ratusha.Features.Hotlines;

/// <summary>
/// A contact centre whose appeals the council registers in a journal of their own (§6.2): the Government Contact
/// Centre 1545 and the regional administration's hotline. A hotline appeal is an appeal with this channel, this journal
/// and the centre's case number — nothing of the appeals machinery is copied.
/// </summary>
public sealed record HotlineSource(string Code, string Channel, string Journal, string Title, string Centre)
{
    public static readonly HotlineSource Government = new("1545", ClassifierLists.Hotline1545, "hotline-1545",
        "Урядова гаряча лінія 1545", "Урядовий контактний центр");

    public static readonly HotlineSource Regional = new("regional", ClassifierLists.RegionalHotline, "hotline-regional",
        "Гаряча лінія обласної адміністрації", "Контактний центр обласної адміністрації");

    public static readonly IReadOnlyList<HotlineSource> All = [Government, Regional];

    public static HotlineSource? Find(string? code) => All.FirstOrDefault(s => s.Code == code);

    public static HotlineSource? OfChannel(string? channel) => All.FirstOrDefault(s => s.Channel == channel);
}

/// <summary>
/// Which column of a centre's export holds which field of the appeal: saved per source, so that the next file of the
/// same centre is read the same way. Headers are compared as <see cref="HotlineFields.Key"/> normalises them.
/// </summary>
public sealed class HotlineColumnMapping
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Source { get; private set; } = "";
    public string Header { get; private set; } = "";
    public string Field { get; private set; } = "";

    internal static HotlineColumnMapping Create(string source, string header, string field) =>
        new() { Source = source, Header = header.Trim(), Field = field };
}

/// <summary>Ways a result goes back to a contact centre.</summary>
public static class ReportBackWays
{
    public const string Export = "export";
    public const string Portal = "portal";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Letter = "letter";

    public static readonly IReadOnlyList<(string Code, string Title)> All =
    [
        (Export, "файлом XLSX для контактного центру"),
        (Portal, "в електронній системі контактного центру"),
        (Email, "електронною поштою"),
        (Phone, "телефоном"),
        (Letter, "листом (письмово)"),
    ];

    public static string Title(string code) => All.FirstOrDefault(w => w.Code == code).Title ?? code;
}

/// <summary>
/// When and how the result of a hotline appeal was reported back to its contact centre: one line per report, for the
/// answer it reported (a reworked answer is reported again). Seed 000 §2.2: control of timely answers, electronic and written.
/// </summary>
public sealed class HotlineReportBack
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AppealId { get; private set; }
    /// <summary>The answer (the lead executor's report) that was reported; none when reported before an answer.</summary>
    public Guid? AnswerId { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public string Way { get; private set; } = "";
    public Guid? ById { get; private set; }
    public string? Note { get; private set; }

    internal static HotlineReportBack Create(Guid appealId, Guid? answerId, DateTimeOffset at, string way, Guid? by, string? note) => new()
    {
        AppealId = appealId,
        AnswerId = answerId,
        ReportedAt = at,
        Way = way,
        ById = by,
        Note = Ui.FormText.OrNull(note),
    };
}

internal sealed class HotlineColumnMappingMapping : IEntityTypeConfiguration<HotlineColumnMapping>
{
    public void Configure(EntityTypeBuilder<HotlineColumnMapping> b)
    {
        b.ToTable("hotline_column_mappings");
        b.Property(m => m.Source).HasMaxLength(20);
        b.Property(m => m.Header).HasMaxLength(200);
        b.Property(m => m.Field).HasMaxLength(40);
        b.HasIndex(m => new { m.Source, m.Header }).IsUnique();
    }
}

internal sealed class HotlineReportBackMapping : IEntityTypeConfiguration<HotlineReportBack>
{
    public void Configure(EntityTypeBuilder<HotlineReportBack> b)
    {
        b.ToTable("hotline_report_backs");
        b.Property(r => r.Way).HasMaxLength(20);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.HasOne<Appeal>().WithMany().HasForeignKey(r => r.AppealId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.AppealId, r.ReportedAt });
        b.HasIndex(r => r.AnswerId);
    }
}
