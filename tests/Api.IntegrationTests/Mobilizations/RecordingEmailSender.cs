using System.Collections.Concurrent;
using Volunteers.Application.Common.Email;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

/// <summary>The mail channel of a test app: keeps what was sent, and fails on demand like an SMTP server that is down.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();
    private int _failuresToInject;

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    /// <summary>The next <paramref name="count"/> sends throw.</summary>
    public void FailNext(int count) => Volatile.Write(ref _failuresToInject, count);

    public void Clear()
    {
        _sent.Clear();
        Volatile.Write(ref _failuresToInject, 0);
    }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresToInject) >= 0)
        {
            // Worded like a real SMTP rejection, which names the mailbox.
            throw new IOException($"SMTP 450 4.2.1 <{message.To}>: mailbox temporarily unavailable (injected by the test).");
        }

        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
