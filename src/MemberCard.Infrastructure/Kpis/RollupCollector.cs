namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Reads what a save is about to write (new cards, activations, purchases, returns, ledger entries) off the
/// change tracker. Whatever command made the change, it is counted: no handler has to remember the KPIs.
/// The definitions here and in <see cref="KpiRollups"/>' rebuild must stay the same.
/// </summary>
internal static class RollupCollector
{
    public static async Task<RollupBatch> CollectAsync(MemberCardDbContext db, CancellationToken cancellationToken)
    {
        var batch = new RollupBatch();
        // The domain-events interceptor has just detected changes (and holds automatic detection off until the
        // save ends), so this reads the tracker as EF is about to write it, without another scan.
        var entries = db.ChangeTracker.Entries().ToList();
        TimeZoneInfo? zone = null;
        var ledger = new List<PointsLedgerEntry>();

        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Card card when card.ReplacesCardId is null && IsFirstCardChange(entry.State, entry, card):
                    zone ??= await BusinessZoneAsync(db, cancellationToken);
                    CountCard(batch, entry.State, card, zone);
                    break;
                case Purchase purchase when entry.State == EntityState.Added:
                    var day = batch.At(purchase.BranchId.Value, purchase.BusinessDate);
                    day.Purchases++;
                    day.PurchaseAmount += purchase.NetAmount;
                    batch.ActiveAt(purchase.MemberId.Value, purchase.BranchId.Value, purchase.BusinessDate);
                    break;
                case PurchaseReturn returned when entry.State == EntityState.Added:
                    var returnDay = batch.At(returned.BranchId.Value, returned.BusinessDate);
                    returnDay.Returns++;
                    returnDay.ReturnedAmount += returned.ReturnedAmount;
                    break;
                case PointsLedgerEntry ledgerEntry when entry.State == EntityState.Added:
                    ledger.Add(ledgerEntry);
                    break;

                // Left by an earlier attempt of this save that failed: the changes are collected afresh below.
                case KpiDelta when entry.State == EntityState.Added:
                    entry.State = EntityState.Detached;
                    break;
            }
        }

        if (ledger.Count > 0)
        {
            var homes = await HomeBranchesAsync(db, entries, ledger.Select(e => e.MemberId).ToHashSet(), cancellationToken);
            foreach (var entry in ledger)
            {
                batch.Ledger(homes[entry.MemberId], entry.Kind, entry.Points, entry.BusinessDate);
            }
        }

        return batch;
    }

    /// <summary>A new first card, or a first card whose activation is being saved.</summary>
    private static bool IsFirstCardChange(EntityState state, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, Card card) =>
        state == EntityState.Added
        || (state == EntityState.Modified && card.ActivatedAt is not null && entry.Property(nameof(Card.ActivatedAt)).OriginalValue is null);

    private static void CountCard(RollupBatch batch, EntityState state, Card card, TimeZoneInfo zone)
    {
        var issuedOn = BusinessDate(card.IssuedAt, zone);
        var day = batch.At(card.IssuingBranchId.Value, issuedOn);
        if (state == EntityState.Added)
        {
            day.NewCards++;
        }

        // Activation rate is about the month's own cards: one activated later counts for no month.
        if (card.ActivatedAt is { } activatedAt && RollupBatch.MonthOf(BusinessDate(activatedAt, zone)) == RollupBatch.MonthOf(issuedOn))
        {
            day.NewCardsActivated++;
        }
    }

    private static DateOnly BusinessDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static async Task<TimeZoneInfo> BusinessZoneAsync(MemberCardDbContext db, CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<Domain.Programme.ProgrammeSettings>().Select(e => e.Entity).FirstOrDefault();
        return tracked?.BusinessTimeZone
            ?? TimeZoneInfo.FindSystemTimeZoneById(await db.Programme.AsNoTracking().Select(p => p.TimeZone).FirstAsync(cancellationToken));
    }

    private static async Task<Dictionary<MemberId, Guid>> HomeBranchesAsync(
        MemberCardDbContext db, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> entries, HashSet<MemberId> members,
        CancellationToken cancellationToken)
    {
        var homes = entries.Select(e => e.Entity).OfType<Member>().Where(m => members.Contains(m.Id))
            .ToDictionary(m => m.Id, m => m.HomeBranchId.Value);
        var missing = members.Where(m => !homes.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            var loaded = await db.Members.IgnoreQueryFilters().AsNoTracking()
                .Where(m => missing.Contains(m.Id))
                .Select(m => new { m.Id, m.HomeBranchId })
                .ToListAsync(cancellationToken);
            foreach (var m in loaded)
            {
                homes[m.Id] = m.HomeBranchId.Value;
            }
        }

        return homes;
    }
}
