namespace MemberCard.Infrastructure.Outbox;

using MemberCard.Application.Common.Outbox;
using MemberCard.Infrastructure.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>Every instance runs one; the claims in the database share the work between them.</summary>
internal sealed class OutboxBackgroundService(IOutboxDispatcher dispatcher, IOptions<OutboxOptions> options, ILogger<OutboxBackgroundService> logger)
    : PeriodicBackgroundService(logger)
{
    protected override string Description => "Outbox dispatch (Outbox:Enabled)";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);
}
