using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Mail;
using Volunteers.Infrastructure.Background;
using Volunteers.Infrastructure.Email;

namespace Volunteers.Infrastructure.Mail;

/// <summary>
/// Sends the mail outbox (<see cref="MailOutboxSender"/>) every <c>Mail:SendIntervalSeconds</c>, batch after batch while
/// there is work, so a mail goes within that interval of falling due — on every instance, each mail once.
/// </summary>
public sealed class MailSenderWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, ILogger<MailSenderWorker> logger)
    : PeriodicWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.SenderEnabled;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.SendIntervalSeconds));

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var total = 0;
        int sent;
        do
        {
            // A fresh scope (and DbContext) per batch, so a long run does not pile up tracked mails.
            await using var scope = Scopes.CreateAsyncScope();
            sent = await scope.ServiceProvider.GetRequiredService<MailOutboxSender>().SendDueAsync(batchSize, cancellationToken);
            total += sent;
        }
        while (sent == batchSize);
        return total;
    }
}
