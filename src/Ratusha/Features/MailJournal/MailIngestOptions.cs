namespace Ratusha.Features.MailJournal;

/// <summary>
/// <c>MailIngest:*</c>: the designated mailbox of §6.10, read over IMAP. Without <see cref="Enabled"/> nothing polls it;
/// with a host and a user it can still be read on demand from the journal page.
/// </summary>
public sealed class MailIngestOptions
{
    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 993;
    /// <summary>TLS from the first byte (port 993); otherwise STARTTLS when the server offers it.</summary>
    public bool UseSsl { get; set; } = true;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string Folder { get; set; } = "INBOX";
    /// <summary>How often the mailbox is read.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>A bigger message is recorded from its envelope and left in the mailbox.</summary>
    public long MaxMessageBytes { get; set; } = 50L * 1024 * 1024;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(User);
}
