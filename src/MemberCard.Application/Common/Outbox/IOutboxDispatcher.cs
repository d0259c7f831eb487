namespace MemberCard.Application.Common.Outbox;

/// <summary>Works through the outbox; the background service calls it in a loop, tests call it directly.</summary>
public interface IOutboxDispatcher
{
    /// <summary>Claims and delivers the messages due now, in batches, until none is due; returns how many it handled.</summary>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);
}
