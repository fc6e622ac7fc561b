using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ratusha.Calendar;
using Ratusha.Features.Appeals;
using Ratusha.Features.Attachments;
using Ratusha.Features.Deadlines;
using Ratusha.Features.MailJournal;
using Ratusha.Features.Registration;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.MailJournal;

/// <summary>
/// The e-mail journal (§6.10, §7) against a real Dovecot: letters are delivered into the designated mailbox over IMAP,
/// read by the ingest job, kept once by Message-ID, turned into appeals or documents in one step, answered over SMTP.
/// The fake clock stands on Monday 23.11.2026 10:00 Kyiv time.
/// </summary>
public abstract class MailJournalTests(MailJournalApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly TimeSpan Kyiv = TimeSpan.FromHours(2);
    /// <summary>Monday 23.11.2026 09:15 in Kyiv: working time, before the fake "now".</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 15, 0, Kyiv);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    static MailJournalTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Marker() => Guid.NewGuid().ToString("N")[..10];

    private static MimeMessage Letter(string subject, MimeEntity body, string from = "Марія Коваленко <kovalenko@example.com>", string? messageId = null)
    {
        var letter = new MimeMessage();
        letter.From.Add(MailboxAddress.Parse(from));
        letter.To.Add(new MailboxAddress("Виконавчий комітет", "zg_nmvk@i.ua"));
        letter.Subject = subject;
        letter.Date = MondayMorning.AddMinutes(-3);
        letter.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("citizen.example");
        letter.Body = body;
        return letter;
    }

    private static TextPart Plain(string text) => new("plain") { Text = text };

    private static MimePart File(string name, string type, byte[] bytes) => new(type)
    {
        Content = new MimeContent(new MemoryStream(bytes)),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        ContentTransferEncoding = ContentEncoding.Base64,
        FileName = name,
    };

    private async Task<MailIngestRound> Ingest(string user = "registrar")
    {
        var response = await (await app.As(user)).PostAsync("/api/v1/mail-journal/check", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MailIngestRound>(Json))!;
    }

    private async Task<List<MailEntryRow>> Find(string q, string user = "registrar") =>
        (await (await app.As(user)).GetFromJsonAsync<MailJournalPage>($"/api/v1/mail-journal/?q={Uri.EscapeDataString(q)}", Json))!.Items.ToList();

    private async Task<MailEntryView> Entry(Guid id, string user = "registrar") =>
        (await (await app.As(user)).GetFromJsonAsync<MailEntryView>($"/api/v1/mail-journal/{id}", Json))!;

    /// <summary>Delivers one letter, reads the mailbox and returns the letter's entry.</summary>
    private async Task<MailEntryView> Received(MimeMessage letter, DateTimeOffset receivedAt)
    {
        await app.Mailbox.DeliverAsync((letter, receivedAt));
        await Ingest();
        var row = Assert.Single(await Find(letter.Subject!));
        return await Entry(row.Id);
    }

    [Fact]
    public async Task S7_plain_letter_is_journaled_once_with_sender_subject_text_and_the_time_it_reached_the_mailbox()
    {
        var subject = $"Про ремонт дороги {Marker()}";
        var entry = await Received(Letter(subject, Plain("Добрий день!\nПрошу відремонтувати дорогу на вул. Шевченка.\n")), MondayMorning);

        Assert.Equal("kovalenko@example.com", entry.FromAddress);
        Assert.Equal("Марія Коваленко", entry.FromName);
        Assert.Equal(subject, entry.Subject);
        Assert.Equal("Добрий день!\nПрошу відремонтувати дорогу на вул. Шевченка.", entry.Text);
        Assert.Equal(MondayMorning, entry.ReceivedAt);
        Assert.Equal(MondayMorning.AddMinutes(-3), entry.SentAt);
        Assert.Equal(MailEntryState.New, entry.State);
        Assert.True(entry.CanRegister);
        Assert.Empty(entry.Attachments);
        Assert.Empty(await app.Mailbox.UnseenAsync()); // read and flagged \Seen after saving

        Assert.Equal(0, (await Ingest()).Saved);
        Assert.Single(await Find(subject));
    }

    [Fact]
    public async Task Html_only_letter_is_kept_as_readable_text()
    {
        var subject = $"HTML {Marker()}";
        var html = new TextPart("html")
        {
            Text = "<html><head><title>Лист</title><style>p { color: red }</style></head><body>" +
                   "<p>Шановний&nbsp;голово,</p><p>прошу <b>встановити</b> лавки &amp; урни:</p>" +
                   "<ul><li>сквер «Дружба»;</li><li>вул. Гетьманська.</li></ul><script>alert(1)</script>З повагою,<br>Іван</body></html>",
        };
        var entry = await Received(Letter(subject, html), MondayMorning);

        Assert.Equal("Шановний голово,\n\nпрошу встановити лавки & урни:\n\n• сквер «Дружба»;\n• вул. Гетьманська.\nЗ повагою,\nІван", entry.Text);
    }

    [Fact]
    public async Task Pdf_attachment_is_kept_and_a_file_of_a_refused_type_is_listed_with_the_reason()
    {
        var subject = $"Скарга з додатками {Marker()}";
        var body = new Multipart("mixed")
        {
            Plain("Скаргу додаю у PDF."),
            File("скарга.pdf", "application/pdf", Pdf),
            File("run.exe", "application/octet-stream", [0x4D, 0x5A, 0x90, 0x00]),
        };
        var entry = await Received(Letter(subject, body), MondayMorning);

        Assert.Equal("Скаргу додаю у PDF.", entry.Text);
        var pdf = Assert.Single(entry.Attachments);
        Assert.Equal(("скарга.pdf", "application/pdf", Pdf.LongLength), (pdf.FileName, pdf.ContentType, pdf.Length));
        var refused = Assert.Single(entry.Refused);
        Assert.Equal("run.exe", refused.FileName);
        Assert.Contains("тип файлу не приймається", refused.Reason, StringComparison.Ordinal);

        var download = await (await app.As("registrar")).GetAsync($"/api/v1/mail-journal/{entry.Id}/attachments/{pdf.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Letters_in_windows_1251_and_koi8_u_with_Cyrillic_subjects_read_in_Ukrainian()
    {
        var marker = Marker();
        var windows1251 = Encoding.GetEncoding("windows-1251");
        var koi8uEncoding = Encoding.GetEncoding("koi8-u");
        var cp1251Text = new TextPart("plain");
        cp1251Text.SetText(windows1251, "Прошу відновити освітлення, ґанок темний, їжачки бояться.");
        var cp1251 = Letter("", cp1251Text, "Петро Ґудзь <gudz@example.com>");
        cp1251.Headers.Replace(HeaderId.Subject, windows1251, $"Звернення щодо освітлення {marker} ґ є і ї");
        var koi8uText = new TextPart("plain");
        koi8uText.SetText(koi8uEncoding, "Ґрунтова дорога розмита; їздити неможливо. Є фото.");
        var koi8u = Letter("", koi8uText, "Олена Їжак <izhak@example.com>");
        koi8u.Headers.Replace(HeaderId.Subject, koi8uEncoding, $"Заява про ґрунтову дорогу {marker} Ґ Є І Ї");
        Assert.Contains("=?koi8-u?", Encoding.ASCII.GetString(koi8u.Headers.First(h => h.Id == HeaderId.Subject).RawValue), StringComparison.OrdinalIgnoreCase);

        await app.Mailbox.DeliverAsync((cp1251, MondayMorning), (koi8u, MondayMorning.AddMinutes(1)));
        await Ingest();
        var rows = await Find(marker);
        Assert.Equal(2, rows.Count);
        var first = await Entry(rows.Single(r => r.FromAddress == "gudz@example.com").Id);
        Assert.Equal($"Звернення щодо освітлення {marker} ґ є і ї", first.Subject);
        Assert.Equal("Прошу відновити освітлення, ґанок темний, їжачки бояться.", first.Text);
        Assert.Equal("Петро Ґудзь", first.FromName);
        var second = await Entry(rows.Single(r => r.FromAddress == "izhak@example.com").Id);
        Assert.Equal($"Заява про ґрунтову дорогу {marker} Ґ Є І Ї", second.Subject);
        Assert.Equal("Ґрунтова дорога розмита; їздити неможливо. Є фото.", second.Text);
        Assert.Equal(rows.Select(r => r.Id), [second.Id, first.Id]); // newest first
    }

    [Fact]
    public async Task The_same_letter_delivered_twice_is_one_entry_and_both_copies_are_flagged_seen()
    {
        var subject = $"Двічі {Marker()}";
        var letter = Letter(subject, Plain("Один і той самий лист."));
        await app.Mailbox.DeliverAsync((letter, MondayMorning), (letter, MondayMorning.AddMinutes(2)));

        var round = await Ingest();
        Assert.Equal((2, 1, 1), (round.Unseen, round.Saved, round.AlreadyInJournal));
        Assert.Single(await Find(subject));
        Assert.Empty(await app.Mailbox.UnseenAsync());
    }

    [Fact]
    public async Task A_letter_without_a_Message_ID_is_known_by_a_hash_of_its_headers_and_body()
    {
        var subject = $"Без ідентифікатора {Marker()}";
        var letter = Letter(subject, Plain("Лист без Message-ID."));
        letter.Headers.Remove(HeaderId.MessageId);
        await app.Mailbox.DeliverAsync((letter, MondayMorning), (letter, MondayMorning));
        await Ingest();

        var entry = await Entry(Assert.Single(await Find(subject)).Id);
        Assert.StartsWith("sha256:", entry.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_ingest_rounds_at_once_save_each_letter_once()
    {
        var marker = Marker();
        var letters = Enumerable.Range(1, 6).Select(i => (Letter($"Паралельно {marker} №{i}", Plain($"Лист {i}.")), MondayMorning.AddSeconds(i))).ToArray();
        await app.Mailbox.DeliverAsync(letters);

        // Two instances of the job, as on two servers: nothing shared but the database and the mailbox.
        var first = ActivatorUtilities.CreateInstance<MailIngest>(app.Services);
        var second = ActivatorUtilities.CreateInstance<MailIngest>(app.Services);
        var rounds = await Task.WhenAll(first.IngestOnceAsync(default), second.IngestOnceAsync(default));

        Assert.Equal(6, rounds.Sum(r => r.Saved));
        Assert.All(rounds, r => Assert.Equal(0, r.Failed));
        Assert.Equal(6, (await Find(marker)).Count);
        Assert.Empty(await app.Mailbox.UnseenAsync());
    }

    [Fact]
    public async Task The_unique_Message_ID_lets_only_one_of_two_racing_saves_in()
    {
        var subject = $"Гонка {Marker()}";
        var mail = IncomingMail.From(Letter(subject, Plain("Гонка двох збережень.")), MondayMorning, new AttachmentOptions());
        var ingest = app.Services.GetRequiredService<MailIngest>();

        var saved = await Task.WhenAll(ingest.SaveAsync(mail, default), ingest.SaveAsync(mail, default));

        Assert.Equal(1, saved.Count(s => s));
        Assert.Single(await Find(subject));

        // Whatever looks first, the unique index is the last guard.
        await using var scope = app.Scope(out var db);
        db.MailJournalEntries.Add(MailJournalEntry.Create(mail, app.Clock.GetUtcNow()));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task S6_10_appeal_from_a_letter_that_reached_the_mailbox_after_hours_on_Friday_is_registered_the_next_working_day()
    {
        // Friday 20.11.2026 17:30 Kyiv: after the office closed (15:45 on Fridays, §8.1).
        var receivedAt = new DateTimeOffset(2026, 11, 20, 17, 30, 0, Kyiv);
        var subject = $"Звернення {Marker()}";
        var body = new Multipart("mixed") { Plain("Прошу прибрати сміття біля школи №3."), File("фото.pdf", "application/pdf", Pdf) };
        var entry = await Received(Letter(subject, body), receivedAt);

        var registrar = await app.As("registrar");
        var response = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/appeal", new
        {
            channel = "1.1.2",
            type = "3.2",
            text = entry.Text,
            surname = "Коваленко",
            givenName = "Марія",
            address = "вул. Соборна, 14",
            receivedAt = MondayMorning, // ignored: the date of submission is the letter's arrival (§6.10)
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appeal = (await response.Content.ReadFromJsonAsync<AppealResponse>(Json))!;

        var calendar = await app.Services.GetRequiredService<CalendarStore>().GetAsync(default);
        var day = OfficeHours.Default.RegistrationDayFor(receivedAt, calendar).Date;
        Assert.Equal(DeadlineEndpoints.Iso(day), appeal.RegisteredOn);
        Assert.True(day > DateOnly.FromDateTime(receivedAt.DateTime));
        Assert.Equal("kovalenko@example.com", appeal.Email);
        Assert.Equal("1.1.2", appeal.Channel);
        Assert.StartsWith("К-", appeal.Index, StringComparison.Ordinal);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(receivedAt, (await db.RegistrationCards.SingleAsync(c => c.Id == appeal.CardId)).ReceivedAt);

        var linked = await Entry(entry.Id);
        Assert.Equal(MailEntryState.RegisteredAsAppeal, linked.State);
        Assert.Equal((appeal.CardId, appeal.Id, appeal.Index), (linked.Card!.CardId, linked.Card.AppealId, linked.Card.Index));
        var files = await registrar.GetFromJsonAsync<AttachmentView[]>($"/api/v1/cards/{appeal.CardId}/attachments", Json);
        Assert.Equal(["фото.pdf"], files!.Select(f => f.FileName));

        var again = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/appeal", new { channel = "1.1.2", type = "3.2", text = "ще раз", surname = "К", givenName = "М", address = "а" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("state", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_registrars_registering_one_letter_at_once_make_one_card()
    {
        var subject = $"Одночасно {Marker()}";
        var entry = await Received(Letter(subject, Plain("Прошу полагодити ліфт.")), MondayMorning);
        var registrar = await app.As("registrar");
        var hotline = await app.As("hotline");

        var answers = await Task.WhenAll(
            registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/document", new { }),
            hotline.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/document", new { }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Single(answers, a => a.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.RegistrationCards.CountAsync(c => c.Summary == subject));
    }

    [Fact]
    public async Task The_appeal_card_page_opens_prefilled_from_the_letter_and_registers_it_in_one_step()
    {
        var subject = $"Звернення зі сторінки {Marker()}";
        var entry = await Received(Letter(subject, Plain("Прошу встановити дитячий майданчик.")), MondayMorning);
        var registrar = await app.As("registrar");

        var page = await PageReader.GetAsync(registrar, $"/mail-journal/{entry.Id}");
        Assert.Equal($"/appeals/new?mail={entry.Id}", page.GetElementById("register-appeal")?.GetAttribute("href"));

        var form = await PageForm.OpenAsync(registrar, $"/appeals/new?mail={entry.Id}", "appeal");
        Assert.Equal("1.1.2", form.Value("channel"));
        Assert.Equal("kovalenko@example.com", form.Value("email"));
        Assert.Equal("Прошу встановити дитячий майданчик.", form.Value("text"));
        Assert.Equal("2026-11-23T09:15", form.Value("receivedAt"));
        var card = await form.Set("surname", "Коваленко").Set("givenName", "Марія").Set("address", "вул. Соборна, 14").SubmitAsync("action", "register");

        Assert.StartsWith("Реєстраційно-контрольна картка № К-", card.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        var linked = await Entry(entry.Id);
        Assert.Equal(MailEntryState.RegisteredAsAppeal, linked.State);
        var view = await PageReader.GetAsync(registrar, $"/mail-journal/{entry.Id}");
        Assert.Contains(linked.Card!.Index, view.GetElementById("mail-card")?.TextContent, StringComparison.Ordinal);
        Assert.Null(view.GetElementById("register-appeal"));
    }

    [Fact]
    public async Task Letter_registered_as_an_incoming_document_carries_its_files_and_arrival_time()
    {
        var subject = $"Лист підприємства {Marker()}";
        var body = new Multipart("mixed") { Plain("Надсилаємо графік робіт."), File("графік.pdf", "application/pdf", Pdf) };
        var entry = await Received(Letter(subject, body, "ТОВ «Водоканал» <office@vodokanal.example>"), MondayMorning);

        var registrar = await app.As("registrar");
        var response = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/document", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<RegisteredCard>(Json))!;
        Assert.Equal("incoming", card.Journal);
        Assert.Equal(MondayMorning, card.ReceivedAt);
        Assert.Equal("2026-11-23", card.RegisteredOn);

        var linked = await Entry(entry.Id);
        Assert.Equal((MailEntryState.RegisteredAsDocument, card.Id, (Guid?)null), (linked.State, linked.Card!.CardId, linked.Card.AppealId));
        var cards = await registrar.GetFromJsonAsync<CardPage>("/api/v1/journals/incoming/cards", Json);
        var listed = cards!.Items.Single(c => c.Id == card.Id);
        Assert.Equal((subject, "ТОВ «Водоканал» <office@vodokanal.example>"), (listed.Summary, listed.Correspondent));
        var files = await registrar.GetFromJsonAsync<AttachmentView[]>($"/api/v1/cards/{card.Id}/attachments", Json);
        Assert.Equal(["графік.pdf"], files!.Select(f => f.FileName));
    }

    [Fact]
    public async Task S5_3_3_a_letter_registered_as_a_document_is_an_incoming_document_from_its_sender_received_when_the_mailbox_got_it()
    {
        var subject = $"Про графік відключень {Marker()}";
        var body = new Multipart("mixed") { Plain("Надсилаємо графік."), File("графік.pdf", "application/pdf", Pdf) };
        var entry = await Received(Letter(subject, body, "ПрАТ «Обленерго» <office@oblenergo.example>"), MondayMorning);

        var registrar = await app.As("registrar");
        var response = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/document",
            new { correspondentNumber = "12/455", correspondentDate = "2026-11-20", pages = 3, accessLevel = "official-use" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<RegisteredCard>(Json))!;
        Assert.StartsWith("/api/v1/documents/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // One step made a proper document: in the documents journal, with the sender as correspondent and the mailbox's time.
        var document = await registrar.GetFromJsonAsync<Ratusha.Features.Documents.DocumentResponse>(response.Headers.Location!, Json);
        Assert.Equal(("incoming", card.Id, card.Index), (document!.Kind, document.CardId, document.Index));
        Assert.Equal(("ПрАТ «Обленерго» <office@oblenergo.example>", subject), (document.Correspondent, document.Summary));
        Assert.Equal((MondayMorning, "2026-11-23"), (document.ReceivedAt, document.RegisteredOn));
        Assert.Equal(("12/455", "2026-11-20", 3, "official-use"), (document.CorrespondentNumber, document.CorrespondentDate, document.Pages, document.AccessLevel));
        var listed = await registrar.GetFromJsonAsync<Ratusha.Features.Documents.DocumentPage>($"/api/v1/documents/?q={Uri.EscapeDataString(subject)}", Json);
        Assert.Equal(document.Id, Assert.Single(listed!.Items).Id);
        var files = await registrar.GetFromJsonAsync<AttachmentView[]>($"/api/v1/cards/{card.Id}/attachments", Json);
        Assert.Equal(["графік.pdf"], files!.Select(f => f.FileName));
        var page = await PageReader.GetAsync(registrar, $"/mail-journal/{entry.Id}");
        Assert.Equal($"/documents/{document.Id}", page.GetElementById("mail-card")?.QuerySelector("a")?.GetAttribute("href"));

        // The same letter forwarded once more by another mailbox is the same document: refused with a pointer to the first.
        var copy = await Received(Letter($"Fwd: {subject}", Plain("Надсилаємо графік."), "ПрАТ «Обленерго» <office@oblenergo.example>"), MondayMorning);
        var again = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{copy.Id}/document", new { correspondentNumber = "12/455", correspondentDate = "2026-11-20" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(card.Index, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MailEntryState.New, (await Entry(copy.Id)).State);
    }

    [Fact]
    public async Task Reply_goes_out_over_SMTP_as_an_answer_to_the_letter_and_is_logged_on_the_entry()
    {
        var marker = Marker();
        var letter = Letter($"Питання {marker}", Plain("Коли прийом у міського голови?"));
        var entry = await Received(letter, MondayMorning);

        var response = await (await app.As("hotline")).PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/reply",
            new { text = $"Прийом щочетверга з 10:00. {marker}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        List<MimeMessage> sent = [];
        for (var i = 0; i < 100 && sent.Count == 0; i++)
        {
            sent = MailApp.LettersAbout(marker);
            if (sent.Count == 0) await Task.Delay(100); // the delivery round runs every second on its own
        }
        var reply = Assert.Single(sent);
        Assert.Equal("kovalenko@example.com", reply.To.Mailboxes.Single().Address);
        Assert.Equal($"Re: Питання {marker}", reply.Subject);
        Assert.Equal(letter.MessageId, reply.InReplyTo);

        var logged = await Entry(entry.Id);
        Assert.Equal(MailEntryState.Replied, logged.State);
        var line = Assert.Single(logged.Replies);
        Assert.Equal(("kovalenko@example.com", "hotline"), (line.To, line.SentBy));
        Assert.True(logged.CanRegister); // an answered letter may still be registered
    }

    [Fact]
    public async Task A_dismissed_letter_keeps_its_reason_and_is_no_longer_registered()
    {
        var entry = await Received(Letter($"Реклама {Marker()}", Plain("Купуйте вікна!")), MondayMorning);
        var registrar = await app.As("registrar");

        var noReason = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/dismiss", new { reason = " ", version = entry.Version });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var dismissed = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/dismiss", new { reason = "Спам", version = entry.Version });
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        var view = (await dismissed.Content.ReadFromJsonAsync<MailEntryView>(Json))!;
        Assert.Equal((MailEntryState.Dismissed, "Спам", false), (view.State, view.DismissalReason, view.CanRegister));

        Assert.Equal(HttpStatusCode.BadRequest, (await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/document", new { })).StatusCode);
        var filtered = await registrar.GetFromJsonAsync<MailJournalPage>("/api/v1/mail-journal/?state=Dismissed&limit=200", Json);
        Assert.Contains(filtered!.Items, r => r.Id == entry.Id);
        Assert.All(filtered.Items, r => Assert.Equal(MailEntryState.Dismissed, r.State));
    }

    [Fact]
    public async Task Journal_pages_show_the_letters_newest_first_and_one_letter_with_its_text_and_files()
    {
        var marker = Marker();
        var older = Letter($"Старіший {marker}", Plain("Перший."));
        var newer = Letter($"Новіший {marker}", new Multipart("mixed") { Plain("Другий\nрядок."), File("план.pdf", "application/pdf", Pdf) });
        await app.Mailbox.DeliverAsync((older, MondayMorning.AddMinutes(-30)), (newer, MondayMorning.AddMinutes(-20)));
        var registrar = await app.As("registrar");
        var check = await PageForm.OpenAsync(registrar, "/mail-journal", "check");
        var afterCheck = await check.SubmitAsync();
        Assert.Contains("До журналу внесено нових листів: 2.", PageReader.Notice(afterCheck), StringComparison.Ordinal);

        var list = await PageReader.GetAsync(registrar, $"/mail-journal?q={marker}");
        PageReader.AssertUkrainianAndLabelled(list, "Журнал електронної пошти");
        var subjects = list.QuerySelectorAll("table.grid tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([$"Новіший {marker}", $"Старіший {marker}"], subjects);

        var id = (await Find($"Новіший {marker}")).Single().Id;
        var page = await PageReader.GetAsync(registrar, $"/mail-journal/{id}");
        PageReader.AssertUkrainianAndLabelled(page, $"Новіший {marker}");
        Assert.Equal("Другий\nрядок.", page.GetElementById("mail-text")?.TextContent);
        Assert.Equal("23.11.2026 08:55", page.GetElementById("mail-received")?.TextContent);
        Assert.Equal("план.pdf", page.QuerySelector("#mail-files a")?.TextContent);
    }

    [Fact]
    public async Task Only_those_who_register_incoming_items_see_the_mailbox()
    {
        var entry = await Received(Letter($"Особисте {Marker()}", Plain("Персональні дані.")), MondayMorning);
        foreach (var user in new[] { "registrar", "hotline", "admin" })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await app.As(user)).GetAsync($"/api/v1/mail-journal/{entry.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await (await app.As(user)).GetAsync("/mail-journal")).StatusCode);
        }
        foreach (var user in new[] { "controller", "head", "executor", "deputy", "mayor", "citizen" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As(user)).GetAsync("/api/v1/mail-journal/")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As(user)).GetAsync($"/api/v1/mail-journal/{entry.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As(user)).PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/reply", new { text = "x" })).StatusCode);
            var page = await (await app.As(user)).GetAsync($"/mail-journal/{entry.Id}");
            Assert.Contains("/access-denied", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/mail-journal/{entry.Id}")).StatusCode);
        Assert.NotNull((await PageReader.GetAsync(await app.As("hotline"), "/")).QuerySelector("nav a[href='/mail-journal']"));
        Assert.Null((await PageReader.GetAsync(await app.As("executor"), "/")).QuerySelector("nav a[href='/mail-journal']"));
        Assert.Empty((await Entry(entry.Id)).Replies);
    }

    [Fact]
    public async Task Bad_input_is_answered_with_a_problem()
    {
        var entry = await Received(Letter($"Перевірка {Marker()}", Plain("Текст.")), MondayMorning);
        var registrar = await app.As("registrar");

        var cursor = await registrar.GetAsync("/api/v1/mail-journal/?before=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.Equal("application/problem+json", cursor.Content.Headers.ContentType?.MediaType);
        var empty = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/reply", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        var noType = await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{entry.Id}/appeal", new { channel = "1.1.2", type = "9.9", text = "т", surname = "К", givenName = "М", address = "а" });
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(MailEntryState.New, (await Entry(entry.Id)).State);
        Assert.Equal(HttpStatusCode.NotFound, (await registrar.GetAsync($"/api/v1/mail-journal/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await registrar.PostAsJsonAsync($"/api/v1/mail-journal/{Guid.NewGuid()}/document", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await registrar.GetAsync($"/api/v1/mail-journal/{entry.Id}/attachments/{Guid.NewGuid()}")).StatusCode);

        using var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/mail-journal", "/api/v1/mail-journal/check", "/api/v1/mail-journal/{id}", "/api/v1/mail-journal/{id}/appeal", "/api/v1/mail-journal/{id}/reply" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
    }
}

public sealed class MailJournalOnSqlite(SqliteMailJournalApp app) : MailJournalTests(app), IClassFixture<SqliteMailJournalApp>;

public sealed class MailJournalOnPostgres(PostgresMailJournalApp app) : MailJournalTests(app), IClassFixture<PostgresMailJournalApp>;
