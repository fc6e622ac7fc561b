using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Ratusha.Data;

namespace Ratusha.Features.Mail;

/// <summary>
/// Sends the outbox over SMTP. Each instance claims a batch for a minute before sending, so two instances do not send
/// the same letter; a failed letter is retried on the next round.
/// </summary>
internal sealed class OutboxDelivery(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxDelivery> log)
    : BackgroundService
{
    private readonly Guid instance = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var mail = options.Value;
        if (string.IsNullOrWhiteSpace(mail.Host))
        {
            log.LogInformation("Mail:Smtp:Host is not set: the outbox keeps its letters");
            return;
        }
        // The cadence is real time even under a test clock: only the stamps come from the injected clock.
        using var timer = new PeriodicTimer(mail.PollInterval);
        do
        {
            try
            {
                await DeliverAsync(mail, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Outbox delivery round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DeliverAsync(MailOptions mail, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
        var now = clock.GetUtcNow();
        var claimed = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < 10 && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt).Take(20)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, instance).SetProperty(m => m.ClaimedUntil, now.AddMinutes(1)), ct);
        if (claimed == 0) return;

        var batch = await db.OutboxMessages.Where(m => m.ClaimedBy == instance && m.SentAt == null).ToListAsync(ct);
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(mail.Host!, mail.Port, mail.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(mail.UserName)) await smtp.AuthenticateAsync(mail.UserName, mail.Password ?? "", ct);
        foreach (var message in batch)
        {
            try
            {
                await smtp.SendAsync(Letter(mail, message), ct);
                message.Sent(clock.GetUtcNow());
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ParseException or IOException)
            {
                message.Failed(e.Message);
                // The server's text may quote the recipient's address: the log gets the code only, the letter keeps the text.
                log.LogWarning("Letter {Key} was not sent: {Error}", message.Key,
                    e is SmtpCommandException command ? $"SMTP {(int)command.StatusCode} {command.ErrorCode}" : e.GetType().Name);
            }
            await db.SaveChangesAsync(ct);
        }
        await smtp.DisconnectAsync(quit: true, ct);
    }

    private static MimeMessage Letter(MailOptions mail, OutboxMessage message)
    {
        var letter = new MimeMessage();
        letter.From.Add(new MailboxAddress(mail.FromName, mail.From));
        letter.To.Add(MailboxAddress.Parse(message.To));
        letter.Subject = message.Subject;
        letter.MessageId = $"{message.Id:N}@ratusha";
        if (message.InReplyTo is { } original)
        {
            letter.InReplyTo = original;
            letter.References.Add(original);
        }
        var body = new BodyBuilder { TextBody = message.Body };
        if (message.AttachmentName is { } name && message.Attachment is { } bytes)
            body.Attachments.Add(name, bytes, ContentType.Parse(message.AttachmentType ?? "application/octet-stream"));
        letter.Body = body.ToMessageBody();
        return letter;
    }
}
