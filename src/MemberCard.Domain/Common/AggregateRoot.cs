namespace MemberCard.Domain.Common;

public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Raises <paramref name="domainEvent"/> in place of any pending event of the same type.</summary>
    protected void ReplaceEvent<TEvent>(TEvent domainEvent)
        where TEvent : IDomainEvent
    {
        _domainEvents.RemoveAll(e => e is TEvent);
        _domainEvents.Add(domainEvent);
    }

    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var events = _domainEvents.ToList();
        _domainEvents.Clear();
        return events;
    }
}
