namespace MemberCard.Infrastructure.Outbox;

/// <summary>A message no retry can deliver (unknown kind): parked at once.</summary>
internal sealed class OutboxDeliveryException(string message) : Exception(message);
