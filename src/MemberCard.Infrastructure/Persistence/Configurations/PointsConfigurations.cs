namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class PointsLedgerEntryConfiguration : IEntityTypeConfiguration<PointsLedgerEntry>
{
    public void Configure(EntityTypeBuilder<PointsLedgerEntry> builder)
    {
        builder.ToTable("points_ledger", t => t.HasCheckConstraint("ck_points_ledger_balance_after_non_negative", "balance_after >= 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.CardNumber).HasMaxLength(CardNumber.Length);
        builder.Property(e => e.Reason).HasMaxLength(PointsLedgerEntry.ReasonMaxLength);
        builder.HasIndex(e => new { e.MemberId, e.Id });
        builder.HasIndex(e => e.PurchaseId).HasFilter("purchase_id IS NOT NULL");

        // A return forgives the points of its earning lot that have expired: without this the sum scanned the
        // whole ledger on every return (measured by bench/load/run).
        builder.HasIndex(e => e.LotId).HasFilter("kind = 'Expire'");
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PointsLotConfiguration : IEntityTypeConfiguration<PointsLot>
{
    public void Configure(EntityTypeBuilder<PointsLot> builder)
    {
        builder.ToTable("points_lots", t =>
        {
            t.HasCheckConstraint("ck_points_lots_remaining_in_range", "remaining >= 0 AND remaining <= original");
        });
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.MemberId, l.ExpiresOn }).HasFilter("remaining > 0");
        builder.HasIndex(l => l.ExpiresOn).HasFilter("remaining > 0");
        builder.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.IsOpen);
    }
}

internal sealed class TierChangeConfiguration : IEntityTypeConfiguration<TierChange>
{
    public void Configure(EntityTypeBuilder<TierChange> builder)
    {
        builder.ToTable("tier_changes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        builder.Property(t => t.Reason).HasMaxLength(32).IsRequired();
        builder.HasIndex(t => new { t.MemberId, t.Id });
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
