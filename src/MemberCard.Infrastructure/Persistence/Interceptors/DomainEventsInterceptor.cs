namespace MemberCard.Infrastructure.Persistence.Interceptors;

using System.Runtime.CompilerServices;
using Mediator;
using MemberCard.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Publishes the aggregates' domain events just before their changes are written, so whatever the handlers
/// add (audit entries, outbox rows) is saved in the same call and the same transaction.
/// <para>
/// It also owns change detection for the save: one scan before publishing, one more after the handlers ran
/// (they may change tracked entities), and automatic detection off from then until the save ends, so the
/// handlers' reads of the tracker, the KPI interceptor and EF's own pre-save scan add no scans of their own.
/// Holds no per-save state of its own (the contexts it suspended detection for are kept per context), so one
/// instance serves every context and the context options are built once.
/// </para>
/// </summary>
internal sealed class DomainEventsInterceptor : SaveChangesInterceptor
{
    private static readonly object Suspended = new();

    private readonly ConditionalWeakTable<DbContext, object> _suspended = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var tracker = context.ChangeTracker;
            tracker.DetectChanges();
            if (tracker.AutoDetectChangesEnabled)
            {
                tracker.AutoDetectChangesEnabled = false;
                _suspended.AddOrUpdate(context, Suspended);
            }

            await PublishAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save asynchronously so domain events can be published.");

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Resume(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Resume(eventData.Context);
        return Task.CompletedTask;
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Resume(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Publishes until the handlers raise nothing more. Handlers add through the DbSets, which tracks at once, so
    /// the tracker is scanned again only when it looks done: an aggregate a handler reached by navigation alone
    /// is found then, and its events published too. Leaves the tracker's changes detected.
    /// </summary>
    private static async Task PublishAsync(DbContext context, CancellationToken cancellationToken)
    {
        var tracker = context.ChangeTracker;
        IPublisher? publisher = null;
        var undetected = false;
        while (true)
        {
            var events = TakeEvents(tracker);
            if (events.Count == 0 && undetected)
            {
                tracker.DetectChanges();
                undetected = false;
                events = TakeEvents(tracker);
            }

            if (events.Count == 0)
            {
                return;
            }

            // Resolved late and from the context's own scope: the handlers depend on this very context.
            publisher ??= ((MemberCardDbContext)context).RequestServices.GetRequiredService<IPublisher>();
            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }

            undetected = true;
        }
    }

    private static List<IDomainEvent> TakeEvents(ChangeTracker tracker) =>
        tracker.Entries<AggregateRoot>().SelectMany(e => e.Entity.TakeDomainEvents()).ToList();

    private void Resume(DbContext? context)
    {
        if (context is not null && _suspended.Remove(context))
        {
            context.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
