using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Ratusha.Features.Analytics;
using Ratusha.Features.Appeals;
using Ratusha.Features.Audit;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Organisation;
using Ratusha.Features.Registration;
using CouncilEntity = Ratusha.Features.Council.Council;

namespace Ratusha.Data;

/// <summary>
/// The one database of Ratusha. Each module keeps its mappings in its own folder (IEntityTypeConfiguration);
/// one subclass per provider carries that provider's migrations (see docs/decisions/0002-migrations-per-provider.md).
/// Every save bumps the versions of edited aggregates and writes the audit trail in the same transaction (sealed after commit).
/// </summary>
public abstract class RatushaDb(DbContextOptions options, ICurrentActor actor, TimeProvider clock)
    : IdentityDbContext<User, Role, Guid>(options)
{
    public DbSet<CouncilEntity> Councils => Set<CouncilEntity>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<Journal> Journals => Set<Journal>();
    public DbSet<JournalCounter> JournalCounters => Set<JournalCounter>();
    public DbSet<RegistrationCard> RegistrationCards => Set<RegistrationCard>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHead => Set<AuditChainHead>();
    public DbSet<CalendarHoliday> CalendarHolidays => Set<CalendarHoliday>();
    public DbSet<CalendarSpecialDay> CalendarSpecialDays => Set<CalendarSpecialDay>();
    public DbSet<CalendarMartialLaw> CalendarMartialLaw => Set<CalendarMartialLaw>();
    public DbSet<Resolution> Resolutions => Set<Resolution>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<AssignmentReport> AssignmentReports => Set<AssignmentReport>();
    public DbSet<Ratusha.Features.Classifiers.ClassifierEntry> ClassifierEntries => Set<Ratusha.Features.Classifiers.ClassifierEntry>();
    public DbSet<Ratusha.Features.Appeals.Appeal> Appeals => Set<Ratusha.Features.Appeals.Appeal>();
    public DbSet<Ratusha.Features.Mail.OutboxMessage> OutboxMessages => Set<Ratusha.Features.Mail.OutboxMessage>();
    public DbSet<Ratusha.Features.Attachments.Attachment> Attachments => Set<Ratusha.Features.Attachments.Attachment>();
    public DbSet<Ratusha.Features.Attachments.AttachmentContent> AttachmentContents => Set<Ratusha.Features.Attachments.AttachmentContent>();
    public DbSet<Ratusha.Features.MailJournal.MailJournalEntry> MailJournalEntries => Set<Ratusha.Features.MailJournal.MailJournalEntry>();
    public DbSet<Ratusha.Features.MailJournal.MailRefusedFile> MailRefusedFiles => Set<Ratusha.Features.MailJournal.MailRefusedFile>();
    public DbSet<Ratusha.Features.MailJournal.MailReply> MailReplies => Set<Ratusha.Features.MailJournal.MailReply>();
    public DbSet<Ratusha.Features.Hotlines.HotlineColumnMapping> HotlineColumnMappings => Set<Ratusha.Features.Hotlines.HotlineColumnMapping>();
    public DbSet<Ratusha.Features.Hotlines.HotlineReportBack> HotlineReportBacks => Set<Ratusha.Features.Hotlines.HotlineReportBack>();
    public DbSet<Ratusha.Features.Documents.Document> Documents => Set<Ratusha.Features.Documents.Document>();
    public DbSet<Ratusha.Features.Documents.CaseFile> CaseFiles => Set<Ratusha.Features.Documents.CaseFile>();
    public DbSet<Ratusha.Features.Documents.MayorFolderItem> MayorFolderItems => Set<Ratusha.Features.Documents.MayorFolderItem>();
    public DbSet<Ratusha.Features.DeputyAppeals.DeputyAppeal> DeputyAppeals => Set<Ratusha.Features.DeputyAppeals.DeputyAppeal>();
    public DbSet<Ratusha.Features.DeputyAppeals.DeputyNotice> DeputyNotices => Set<Ratusha.Features.DeputyAppeals.DeputyNotice>();
    public DbSet<Ratusha.Features.InformationRequests.InformationRequest> InformationRequests => Set<Ratusha.Features.InformationRequests.InformationRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RatushaDb).Assembly);
        ModelConventions.Apply(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: every save writes the audit trail.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StoredText.Check(ChangeTracker);
        ModelConventions.BumpVersions(ChangeTracker);
        var changes = AuditTrail.Capture(ChangeTracker);
        if (changes.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var appeals = AppealTallies.Capture(ChangeTracker);
        var assignments = AssignmentTallies.Capture(ChangeTracker);
        var cards = JournalTallies.Capture(ChangeTracker);
        AuditTrail.Add(this, changes, actor, clock.GetUtcNow());

        int saved;
        if (Database.CurrentTransaction is not null)
        {
            saved = await SaveWithTalliesAsync(appeals, assignments, cards, acceptAllChangesOnSuccess, cancellationToken);
        }
        else
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            saved = await SaveWithTalliesAsync(appeals, assignments, cards, acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        Sealer()?.Pulse();
        return saved - changes.Count; // the entities saved, not their audit rows
    }

    /// <summary>The rows and their audit entries in one batch, then the counts they change in another — one transaction.</summary>
    private async Task<int> SaveWithTalliesAsync(List<(RegistrationCard, Appeal)> appeals,
        Dictionary<AssignmentTallies.Key, AssignmentTallies.Figures> assignments, Dictionary<JournalTallies.Key, int> cards, bool accept, CancellationToken ct)
    {
        var saved = await base.SaveChangesAsync(accept, ct);
        var tallies = new TallyUpserts();
        await JournalTallies.AddAsync(tallies, this, cards, ct);
        await AppealTallies.AddAsync(tallies, this, appeals, ct);
        await AssignmentTallies.ApplyAsync(tallies, this, assignments, ct);
        await tallies.SendAsync(this, ct);
        return saved;
    }

    /// <summary>The host's sealer, when this context runs in the host (not in a design-time tool).</summary>
    private AuditSealer? Sealer() =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<AuditSealer>();
}

public sealed class SqliteRatushaDb(DbContextOptions<SqliteRatushaDb> options, ICurrentActor actor, TimeProvider clock)
    : RatushaDb(options, actor, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite has no type for instants; stored as UTC ticks so that they sort and compare in SQL.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicks>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicks>();
    }
}

public sealed class PostgresRatushaDb(DbContextOptions<PostgresRatushaDb> options, ICurrentActor actor, TimeProvider clock)
    : RatushaDb(options, actor, clock);
