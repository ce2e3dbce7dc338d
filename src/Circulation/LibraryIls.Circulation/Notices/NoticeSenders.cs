using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryIls.Circulation.Notices;

public sealed record NoticeMessage(string To, string Subject, string Body);

/// <summary>Where notices go: the log by default, e-mail when SMTP is configured; SMS gateways plug in here too.</summary>
public interface INoticeSender
{
    string Channel { get; }

    Task SendAsync(NoticeMessage message, CancellationToken ct);
}

/// <summary>The <c>Circulation:Notices</c> configuration section.</summary>
public sealed class NoticeOptions
{
    public const string Section = "Circulation:Notices";

    /// <summary>Days before the due date when the "due soon" notice goes out.</summary>
    public int DueSoonDays { get; set; } = 2;

    /// <summary>Days overdue on which a reminder goes out (one notice per step).</summary>
    public int[] OverdueSteps { get; set; } = [1, 7, 14];

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "thuvien@localhost";
}

/// <summary>The default: notices are written to the log (and counted), for installations without mail.</summary>
internal sealed class LogNoticeSender(ILogger<LogNoticeSender> log) : INoticeSender
{
    public string Channel => "log";

    public Task SendAsync(NoticeMessage message, CancellationToken ct)
    {
        log.LogInformation("Notice to {To}: {Subject}", message.To, message.Subject);
        return Task.CompletedTask;
    }
}

internal sealed class SmtpNoticeSender(IOptions<NoticeOptions> options) : INoticeSender
{
    public string Channel => "email";

    public async Task SendAsync(NoticeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.SmtpPort != 25 };
        if (o.SmtpUser is not null) client.Credentials = new NetworkCredential(o.SmtpUser, o.SmtpPassword);
        using var mail = new MailMessage(o.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, ct);
    }
}
