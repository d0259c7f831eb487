namespace MemberCard.Infrastructure.Outbox;

/// <summary>
/// A head message this dispatcher owns until <paramref name="Lease"/>, and the later syncs of the same member it
/// stands for (leased alike).
/// </summary>
internal sealed record OutboxClaim(long Id, int Attempts, IReadOnlyList<long> Coalesced, DateTimeOffset Lease);
