using Microsoft.AspNetCore.DataProtection;
using Ratusha.Data;
using Ratusha.Features.Analytics;
using Ratusha.Features.Appeals;
using Ratusha.Features.Attachments;
using Ratusha.Features.Audit;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Documents;
using Ratusha.Features.Council;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Hotlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Mail;
using Ratusha.Features.MailJournal;
using Ratusha.Features.OpenData;
using Ratusha.Features.Organisation;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;
using Ratusha.Ui;

var builder = WebApplication.CreateBuilder(args);
// Run from the build output in any environment (scripts/run, scripts/fuzz), framework assets such as blazor.web.js come
// from their packages; without this only Development found them and other environments answered 500. Published: no-op.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentActor, HttpCurrentActor>();
builder.Services.AddRatushaData(builder.Configuration, builder.Environment);
builder.Services.AddRatushaIdentity();
builder.Services.AddSingleton<CalendarStore>();
builder.Services.AddSingleton(AppealControlRules.Kind);
builder.Services.AddSingleton(DocumentControlRules.Kind);
builder.Services.AddSingleton(Ratusha.Features.DeputyAppeals.DeputyAppealRules.PeoplesKind);
builder.Services.AddSingleton(Ratusha.Features.DeputyAppeals.DeputyAppealRules.LocalKind);
builder.Services.AddSingleton(Ratusha.Features.InformationRequests.InformationRequestRules.Kind);
builder.Services.AddSingleton<ControlRulebook>();
builder.Services.AddSingleton<ICardGuard, AppealCardGuard>();
builder.Services.AddSingleton<ICardGuard, Ratusha.Features.DeputyAppeals.DeputyAppealCardGuard>();
builder.Services.AddSingleton<ICardGuard, Ratusha.Features.InformationRequests.InformationRequestCardGuard>();
builder.Services.AddSingleton<ICardGuard, DocumentCardGuard>();
builder.Services.AddSingleton<CardVisibility>();
builder.Services.AddSingleton<ITermChangeListener, ApplicantNotices>();
builder.Services.AddSingleton<ITermChangeListener, Ratusha.Features.DeputyAppeals.DeputyNotices>();
builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Mail:Smtp"));
builder.Services.Configure<ReminderOptions>(builder.Configuration.GetSection("Reminders"));
builder.Services.Configure<AnswerLetterOptions>(builder.Configuration.GetSection("Appeals"));
builder.Services.Configure<AttachmentOptions>(builder.Configuration.GetSection("Attachments"));
builder.Services.Configure<HotlineOptions>(builder.Configuration.GetSection("Hotlines"));
builder.Services.Configure<MailIngestOptions>(builder.Configuration.GetSection("MailIngest"));
builder.Services.AddSingleton<PdfPrinter>();
builder.Services.AddHostedService<OutboxDelivery>();
builder.Services.AddHostedService<Reminders>();
builder.Services.AddSingleton<MailIngest>();
builder.Services.AddHostedService(services => services.GetRequiredService<MailIngest>());
builder.Services.AddSingleton<AuditSealer>();
builder.Services.AddHostedService(services => services.GetRequiredService<AuditSealer>());
builder.Services.AddRatushaWeb();
if (builder.Configuration["DataProtection:KeysFolder"] is { Length: > 0 } keys) // several instances share the key ring (sign-in cookies)
    builder.Services.AddDataProtection().SetApplicationName("Ratusha").PersistKeysToFileSystem(new DirectoryInfo(keys));

var app = builder.Build();

await Startup.PrepareDatabaseAsync(app);
if (args is ["verify-audit", ..]) return await VerifyAuditCommand.RunAsync(app.Services);
if (args is ["seed-appeals", ..]) return await Ratusha.Features.Demo.BulkAppeals.RunAsync(app);
if (args is ["seed-documents", ..]) return await Ratusha.Features.Demo.BulkDocuments.RunAsync(app);
if (args is ["import-hotline", ..]) return await HotlineImportCommand.RunAsync(app);

app.UseRatushaWeb();
app.MapAuthEndpoints();
app.MapDeadlineEndpoints();
app.MapCouncilEndpoints();
app.MapOrganisationEndpoints();
app.MapUserEndpoints();
app.MapRegistrationEndpoints();
app.MapAuditEndpoints();
app.MapCalendarAdminEndpoints();
app.MapControlEndpoints();
app.MapClassifierEndpoints();
app.MapAppealEndpoints();
app.MapAppealControlEndpoints();
app.MapAttachmentEndpoints();
app.MapMailJournalEndpoints();
app.MapAnalyticsEndpoints();
app.MapOpenDataEndpoints();
app.MapHotlineEndpoints();
app.MapDocumentEndpoints();
Ratusha.Features.DeputyAppeals.DeputyAppealEndpoints.MapDeputyAppealEndpoints(app);
Ratusha.Features.InformationRequests.InformationRequestEndpoints.MapInformationRequestEndpoints(app);
app.MapRatushaPages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the in-memory test host.</summary>
public partial class Program;
