using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ratusha.Features.Attachments;
using Ratusha.Features.Audit;
using Ratusha.Tests.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Attachments;

/// <summary>
/// Files of an appeal through /api/v1/cards/{cardId}/attachments: a council's file types only, checked by their first
/// bytes; within the size limit; stored whole or not at all; seen only by those who see the appeal; audited by size and
/// hash, never by content.
/// </summary>
public abstract class AttachmentTests(RatushaApp app)
{
    private static byte[] Pdf(int length = 2048)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static MultipartFormDataContent FileBody(string fileName, byte[] bytes, string field = "file") =>
        new() { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, field, fileName } };

    private async Task<HttpResponseMessage> Upload(Guid cardId, HttpContent body, string user = "registrar") =>
        await (await app.As(user)).PostAsync($"/api/v1/cards/{cardId}/attachments", body);

    private async Task<AttachmentView> Uploaded(Guid cardId, string fileName, byte[] bytes)
    {
        var response = await Upload(cardId, FileBody(fileName, bytes));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AttachmentView>())!;
    }

    private async Task<(int Records, int Contents)> Stored()
    {
        await using var scope = app.Scope(out var db);
        return (await db.Attachments.CountAsync(), await db.AttachmentContents.CountAsync());
    }

    [Fact]
    public async Task A_pdf_uploads_and_downloads_byte_identical_with_its_name_and_type()
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Бондар");
        var bytes = Pdf();

        var created = await Upload(appeal.CardId, FileBody("Акт обстеження.pdf", bytes));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = (await created.Content.ReadFromJsonAsync<AttachmentView>())!;
        Assert.Equal(("Акт обстеження.pdf", "application/pdf", bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))),
            (view.FileName, view.ContentType, view.Length, view.Sha256));
        Assert.Equal($"/api/v1/attachments/{view.Id}", created.Headers.Location?.ToString());
        var listed = await (await app.As("registrar")).GetFromJsonAsync<AttachmentView[]>($"/api/v1/cards/{appeal.CardId}/attachments");
        Assert.Equal([view.Id], listed!.Select(a => a.Id));

        var download = await (await app.As("registrar")).GetAsync($"/api/v1/attachments/{view.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Акт обстеження.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("exe", "Такий тип файлу не приймається. Дозволено: PDF")]
    [InlineData("pdf-that-is-not", "Вміст файлу не відповідає його типу.")]
    [InlineData("empty", "Оберіть файл.")]
    [InlineData("over-the-limit", "Файл більший за 10 МБ.")]
    [InlineData("not-multipart", "Надішліть файл як multipart/form-data у полі «file».")]
    public async Task A_refused_file_gets_400_with_a_Ukrainian_message_and_nothing_is_stored(string kind, string message)
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Панченко");
        var limit = app.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxBytes;
        HttpContent body = kind switch
        {
            "exe" => FileBody("setup.exe", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0]),
            "pdf-that-is-not" => FileBody("scan.pdf", Encoding.UTF8.GetBytes("MZ — this is a program, not a PDF")),
            "empty" => FileBody("empty.pdf", []),
            "over-the-limit" => FileBody("big.pdf", Pdf(checked((int)limit + 1))),
            _ => JsonContent.Create(new { file = Convert.ToBase64String(Pdf()), fileName = "scan.pdf" }),
        };
        var before = await Stored();

        var response = await Upload(appeal.CardId, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Файл не додано.", problem.GetProperty("title").GetString());
        Assert.StartsWith(message, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await Stored());
        Assert.Empty((await (await app.As("registrar")).GetFromJsonAsync<AttachmentView[]>($"/api/v1/cards/{appeal.CardId}/attachments"))!);
    }

    [Fact]
    public async Task Who_may_not_see_the_appeal_gets_404_on_list_upload_and_download_until_a_resolution_makes_it_theirs()
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Вовк");
        var file = await Uploaded(appeal.CardId, "Лист.pdf", Pdf());
        var before = await Stored();

        foreach (var user in new[] { "admin", "executor", "head", "controller" })
        {
            var client = await app.As(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cards/{appeal.CardId}/attachments")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Upload(appeal.CardId, FileBody("Чуже.pdf", Pdf()), user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/attachments/{file.Id}")).StatusCode);
        }
        // A citizen is no official: the route's policy refuses them before the appeal is looked at.
        var citizen = await app.As("citizen");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/v1/cards/{appeal.CardId}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(appeal.CardId, FileBody("Чуже.pdf", Pdf()), "citizen")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/v1/attachments/{file.Id}")).StatusCode);
        Assert.Equal(before, await Stored());

        await AppealSteps.ResolveAsync(app, appeal);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("executor")).GetAsync($"/api/v1/attachments/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync($"/api/v1/attachments/{file.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData(@"..\..\Windows\System32\scan.pdf", "scan.pdf")]
    [InlineData("/var/lib/ratusha/letter.pdf", "letter.pdf")]
    public async Task A_path_like_name_is_stored_as_the_bare_file_name(string sent, string stored)
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Мельник");

        var view = await Uploaded(appeal.CardId, sent, Pdf());

        Assert.Equal(stored, view.FileName);
        var download = await (await app.As("registrar")).GetAsync($"/api/v1/attachments/{view.Id}");
        Assert.Equal(stored, download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task The_audit_trail_records_the_content_by_size_and_hash_not_the_bytes()
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Ткаченко");
        var bytes = Pdf(4096);

        var view = await Uploaded(appeal.CardId, "Фото.pdf", bytes);

        var rows = await (await app.As("controller")).GetFromJsonAsync<AuditEntryResponse[]>($"/api/v1/audit/?entityType=AttachmentContent&entityId={view.Id}");
        var added = Assert.Single(rows!);
        Assert.Equal(("Added", "registrar"), (added.Action, added.UserName));
        Assert.Contains($"4096 B, SHA-256 {view.Sha256}", added.After, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(bytes)[..64], added.After, StringComparison.Ordinal);
        Assert.True(added.After!.Length < 500, $"The audit row holds {added.After.Length} characters: the bytes were copied.");
        var record = Assert.Single((await (await app.As("controller")).GetFromJsonAsync<AuditEntryResponse[]>($"/api/v1/audit/?entityType=Attachment&entityId={view.Id}"))!);
        Assert.Contains("Фото.pdf", record.After, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AttachmentsOnSqlite(SqliteApp app) : AttachmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AttachmentsOnPostgres(PostgresApp app) : AttachmentTests(app);
