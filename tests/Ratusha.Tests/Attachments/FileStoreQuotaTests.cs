using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ratusha.Features.Attachments;
using Ratusha.Features.MailJournal;
using Ratusha.Tests.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Attachments;

/// <summary>A host whose file store holds only <see cref="QuotaBytes"/>: ten files of <see cref="FileBytes"/>.</summary>
public abstract class SmallStoreApp(Provider provider) : RatushaApp(provider)
{
    public const int FileBytes = 30 * 1024;
    public const long QuotaBytes = 10 * FileBytes + FileBytes / 2;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Attachments:QuotaBytes", QuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("MailIngest:Enabled", "false");
    }
}

public sealed class SqliteSmallStoreApp() : SmallStoreApp(Provider.Sqlite);

public sealed class PostgresSmallStoreApp() : SmallStoreApp(Provider.Postgres);

/// <summary>
/// The file store's quota holds when uploads and e-mails with files arrive at the same moment (issue 6, found by
/// scripts/reliability: 24 parallel uploads stored 2.66 MB against a 2 MB quota): the room is measured and taken in the
/// transaction that stores the file, one writer after another, so the store never holds more than the quota, every
/// upload that does not fit gets a clean 400 in Ukrainian, and no file is stored without its record.
/// </summary>
public abstract class FileStoreQuotaTests(SmallStoreApp app)
{
    private const int UploadsPerCard = 16;
    private const int Mails = 6;

    private static byte[] Pdf()
    {
        var bytes = new byte[SmallStoreApp.FileBytes];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private async Task<HttpResponseMessage> Upload(Guid cardId, int n)
    {
        var body = new MultipartFormDataContent
        {
            { new ByteArrayContent(Pdf()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", $"Скан {n}.pdf" },
        };
        return await (await app.As("registrar")).PostAsync($"/api/v1/cards/{cardId}/attachments", body);
    }

    private static IncomingMail Letter(int n)
    {
        var letter = new MimeMessage();
        letter.From.Add(new MailboxAddress("Марія Коваленко", "kovalenko@example.com"));
        letter.To.Add(new MailboxAddress("Виконавчий комітет", "zg_nmvk@i.ua"));
        letter.Subject = $"Лист зі сканом {n}";
        letter.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("citizen.example");
        letter.Body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "Додаю скан заяви." },
            new MimePart("application", "pdf")
            {
                Content = new MimeContent(new MemoryStream(Pdf())),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = $"заява-{n}.pdf",
            },
        };
        return IncomingMail.From(letter, RatushaApp.Start, new AttachmentOptions());
    }

    [Fact]
    public async Task Uploads_and_e_mails_sent_together_never_store_more_than_the_quota_and_every_refusal_is_a_clean_400()
    {
        var cards = new[] { await AppealSteps.RegisterAsync(app, "Гнатюк"), await AppealSteps.RegisterAsync(app, "Дорош") };
        await app.As("registrar"); // signed in before the burst, so the uploads start together
        var ingest = app.Services.GetRequiredService<MailIngest>();

        var uploads = cards.SelectMany(c => Enumerable.Range(1, UploadsPerCard).Select(n => Task.Run(() => Upload(c.CardId, n)))).ToList();
        var mails = Enumerable.Range(1, Mails).Select(n => Task.Run(() => ingest.SaveAsync(Letter(n), TestContext.Current.CancellationToken))).ToList();
        var responses = await Task.WhenAll(uploads);
        Assert.All(await Task.WhenAll(mails), Assert.True);

        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Equal("Файл не додано.", problem.GetProperty("title").GetString());
            Assert.Equal(AddAttachment.StoreFull, problem.GetProperty("errors").GetProperty("file")[0].GetString());
        }

        await using var scope = app.Scope(out var db);
        var stored = await db.Attachments.SumAsync(a => (long?)a.Length, TestContext.Current.CancellationToken) ?? 0;
        Assert.True(stored <= SmallStoreApp.QuotaBytes, $"{stored} bytes stored against a quota of {SmallStoreApp.QuotaBytes}.");
        // Refused only because the store was full: one more file would not have fitted.
        Assert.True(stored + SmallStoreApp.FileBytes > SmallStoreApp.QuotaBytes, $"Only {stored} bytes stored: files were refused with room left.");
        Assert.Equal(10, await db.Attachments.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(accepted, await db.Attachments.CountAsync(a => a.CardId != null, TestContext.Current.CancellationToken));
        // Nothing half-written: every stored content has its record and every record its content.
        Assert.Equal(0, await db.AttachmentContents.CountAsync(c => !db.Attachments.Any(a => a.Id == c.AttachmentId), TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Attachments.CountAsync(a => !db.AttachmentContents.Any(c => c.AttachmentId == a.Id), TestContext.Current.CancellationToken));
        // Every e-mail is in the journal; a file that did not fit is listed as refused because the store is full.
        var fromMail = await db.Attachments.CountAsync(a => a.MailEntryId != null, TestContext.Current.CancellationToken);
        var refusedFromMail = await db.MailRefusedFiles.Select(f => f.Reason).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Mails, fromMail + refusedFromMail.Count);
        Assert.All(refusedFromMail, reason => Assert.Equal(AddAttachment.StoreFull, reason));
    }
}

public sealed class FileStoreQuotaOnSqlite(SqliteSmallStoreApp app) : FileStoreQuotaTests(app), IClassFixture<SqliteSmallStoreApp>;

public sealed class FileStoreQuotaOnPostgres(PostgresSmallStoreApp app) : FileStoreQuotaTests(app), IClassFixture<PostgresSmallStoreApp>;
