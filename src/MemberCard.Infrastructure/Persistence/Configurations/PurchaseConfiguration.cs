namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("purchases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ReceiptNo).HasMaxLength(Purchase.ReceiptNoMaxLength).IsRequired();
        builder.Property(p => p.CardNumber).HasMaxLength(CardNumber.Length).IsRequired();
        builder.Property(p => p.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(p => p.IdempotencyKey).HasMaxLength(Purchase.IdempotencyKeyMaxLength);
        builder.Property(p => p.ResponseJson).HasColumnType("jsonb");

        // A receipt number is unique per branch: the business key that makes till retries safe.
        builder.HasIndex(p => new { p.BranchId, p.ReceiptNo }).IsUnique();
        builder.HasIndex(p => new { p.BranchId, p.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        builder.HasIndex(p => new { p.MemberId, p.BusinessDate });
        builder.HasIndex(p => new { p.BranchId, p.BusinessDate });
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Branch>().WithMany().HasForeignKey(p => p.BranchId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PurchaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Returns).WithOne().HasForeignKey(r => r.PurchaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Returns).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsFullyReturned);
        builder.Ignore(p => p.DomainEvents);
    }
}

internal sealed class PurchaseLineConfiguration : IEntityTypeConfiguration<PurchaseLine>
{
    public void Configure(EntityTypeBuilder<PurchaseLine> builder)
    {
        builder.ToTable("purchase_lines", t =>
        {
            t.HasCheckConstraint("ck_purchase_lines_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_purchase_lines_returned_in_range", "returned_quantity >= 0 AND returned_quantity <= quantity");
        });
        builder.HasKey(l => new { l.PurchaseId, l.LineNo });
        builder.Property(l => l.Sku).HasMaxLength(CheckoutLine.SkuMaxLength).IsRequired();
        builder.Property(l => l.Category).HasMaxLength(CheckoutLine.CategoryMaxLength);
        builder.Property(l => l.Quantity).HasPrecision(12, 3);
        builder.Property(l => l.ReturnedQuantity).HasPrecision(12, 3);
        builder.Property(l => l.DiscountRate).HasPrecision(5, 4);
        builder.Property(l => l.PointsMultiplier).HasPrecision(12, 4);
        builder.Property(l => l.EarnWeight).HasPrecision(18, 6);
        builder.Property(l => l.PointsValue).HasPrecision(14, 4);
        builder.Ignore(l => l.ReturnableQuantity);
    }
}

internal sealed class PurchaseReturnConfiguration : IEntityTypeConfiguration<PurchaseReturn>
{
    public void Configure(EntityTypeBuilder<PurchaseReturn> builder)
    {
        builder.ToTable("purchase_returns");
        builder.HasKey(r => r.Id);

        // Ids are made in the domain: a return found through its purchase is new, not an existing row.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.LinesJson).HasColumnType("jsonb").IsRequired();
        builder.Property(r => r.MoneyRefund).HasPrecision(14, 4);
        builder.HasIndex(r => new { r.PurchaseId, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.BranchId, r.BusinessDate });
    }
}
