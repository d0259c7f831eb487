namespace MemberCard.Infrastructure.Persistence.Interceptors;

using Mediator;
using MemberCard.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Publishes the aggregates' domain events just before their changes are written, so whatever the handlers
/// add (audit entries, outbox rows) is saved in the same call and the same transaction.
/// </summary>
internal sealed class DomainEventsInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await PublishAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save asynchronously so domain events can be published.");

    private async Task PublishAsync(DbContext context, CancellationToken cancellationToken)
    {
        // The publisher is resolved late: its handlers depend on the DbContext this interceptor is part of.
        var publisher = services.GetRequiredService<IPublisher>();
        while (true)
        {
            var events = context.ChangeTracker.Entries<AggregateRoot>()
                .SelectMany(e => e.Entity.TakeDomainEvents())
                .ToList();
            if (events.Count == 0)
            {
                return;
            }

            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }
        }
    }
}
