namespace Ratusha.Features.Mail;

/// <summary><c>Mail:Smtp:*</c>. Without a host the outbox keeps the letters and nothing is sent.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ratusha@localhost";
    public string FromName { get; set; } = "Ратуша";
    /// <summary>How often the outbox is looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
