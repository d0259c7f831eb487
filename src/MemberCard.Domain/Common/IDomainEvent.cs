using Mediator;

namespace MemberCard.Domain.Common;

/// <summary>A fact raised by an aggregate; dispatched before commit so its effects share the transaction.</summary>
public interface IDomainEvent : INotification
{
    DateTimeOffset OccurredAt { get; }
}
