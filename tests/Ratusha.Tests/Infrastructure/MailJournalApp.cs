using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace Ratusha.Tests.Infrastructure;

/// <summary>
/// A host that reads its designated mailbox from the real Dovecot scripts/setup-imap.sh starts on loopback — a folder
/// of its own in the test mailbox, so hosts on both databases can run side by side — and sends replies to the SMTP sink.
/// The mailbox is read only when a test asks (<c>MailIngest:Enabled</c> is off), so each test decides when.
/// </summary>
public abstract class MailJournalApp(Provider provider) : MailApp(provider)
{
    public TestMailbox Mailbox { get; } = new(TestMailbox.Settings(), $"ratusha-{Guid.NewGuid():N}");

    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        var imap = Mailbox.Server;
        builder.UseSetting("MailIngest:Enabled", "false");
        builder.UseSetting("MailIngest:Host", imap.Host);
        builder.UseSetting("MailIngest:Port", imap.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("MailIngest:UseSsl", "false");
        builder.UseSetting("MailIngest:User", imap.User);
        builder.UseSetting("MailIngest:Password", imap.Password);
        builder.UseSetting("MailIngest:Folder", Mailbox.Folder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mailbox.DeleteAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMailJournalApp() : MailJournalApp(Provider.Sqlite);

public sealed class PostgresMailJournalApp() : MailJournalApp(Provider.Postgres);

public sealed record ImapServer(string Host, int Port, string User, string Password);

/// <summary>The test's side of the mailbox: it puts letters in as a mail server would (IMAP APPEND) and looks at their flags.</summary>
public sealed class TestMailbox(ImapServer server, string folder)
{
    public ImapServer Server { get; } = server;
    public string Folder { get; } = folder;

    public static ImapServer Settings()
    {
        static string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException(
            $"{name} is not set: the e-mail journal tests need the IMAP server. Run the tests with scripts/test, or start it with " +
            "scripts/setup-imap.sh (installs Dovecot: apt-get install dovecot-imapd) and set RATUSHA_TEST_IMAP=127.0.0.1:1143, " +
            "RATUSHA_TEST_IMAP_USER=ratusha-test, RATUSHA_TEST_IMAP_PASSWORD=ratusha-test-password.");
        var address = Need("RATUSHA_TEST_IMAP");
        var colon = address.LastIndexOf(':');
        return new ImapServer(address[..colon], int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            Need("RATUSHA_TEST_IMAP_USER"), Need("RATUSHA_TEST_IMAP_PASSWORD"));
    }

    /// <summary>Delivers <paramref name="messages"/> with the time each reached the mailbox (IMAP INTERNALDATE).</summary>
    public async Task DeliverAsync(params (MimeMessage Message, DateTimeOffset ReceivedAt)[] messages)
    {
        using var imap = await ConnectAsync();
        var folder = await OpenAsync(imap);
        foreach (var (message, receivedAt) in messages)
            await folder.AppendAsync(new AppendRequest(message, MessageFlags.None, receivedAt));
        await imap.DisconnectAsync(true);
    }

    /// <summary>The Message-IDs of the messages not yet flagged \Seen.</summary>
    public async Task<List<string>> UnseenAsync()
    {
        using var imap = await ConnectAsync();
        var folder = await OpenAsync(imap);
        var uids = await folder.SearchAsync(SearchQuery.NotSeen);
        var ids = uids.Count == 0 ? [] : (await folder.FetchAsync(uids, MessageSummaryItems.Envelope)).Select(s => s.Envelope?.MessageId ?? "").ToList();
        await imap.DisconnectAsync(true);
        return ids;
    }

    /// <summary>Removes the folder with its messages once the host that read it is gone.</summary>
    public async Task DeleteAsync()
    {
        using var imap = await ConnectAsync();
        var root = imap.GetFolder(imap.PersonalNamespaces[0])!;
        if ((await root.GetSubfoldersAsync()).FirstOrDefault(f => f.Name == Folder) is { } folder) await folder.DeleteAsync();
        await imap.DisconnectAsync(true);
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var imap = new ImapClient();
        await imap.ConnectAsync(Server.Host, Server.Port, SecureSocketOptions.None);
        await imap.AuthenticateAsync(Server.User, Server.Password);
        return imap;
    }

    private async Task<IMailFolder> OpenAsync(ImapClient imap)
    {
        var root = imap.GetFolder(imap.PersonalNamespaces[0])!;
        var folder = (await root.GetSubfoldersAsync()).FirstOrDefault(f => f.Name == Folder) ?? (await root.CreateAsync(Folder, isMessageFolder: true))!;
        await folder.OpenAsync(FolderAccess.ReadWrite);
        return folder;
    }
}
