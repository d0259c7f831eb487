namespace MemberCard.Infrastructure.Outbox;

/// <summary>A head message this dispatcher owns for now, and the later syncs of the same member it stands for.</summary>
internal sealed record OutboxClaim(long Id, int Attempts, IReadOnlyList<long> Coalesced);
