namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class StoredValueAccountConfiguration : IEntityTypeConfiguration<StoredValueAccount>
{
    public void Configure(EntityTypeBuilder<StoredValueAccount> builder)
    {
        builder.ToTable("stored_value_accounts", t =>
        {
            t.HasCheckConstraint("ck_stored_value_accounts_principal_non_negative", "principal >= 0");
            t.HasCheckConstraint("ck_stored_value_accounts_bonus_non_negative", "bonus >= 0");
        });
        builder.HasKey(a => a.MemberId);
        builder.Property(a => a.MemberId).ValueGeneratedNever();
        builder.HasOne<Member>().WithOne().HasForeignKey<StoredValueAccount>(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.Balance);
        builder.Ignore(a => a.NewEntries);
        builder.Ignore(a => a.DomainEvents);
    }
}

internal sealed class StoredValueLedgerEntryConfiguration : IEntityTypeConfiguration<StoredValueLedgerEntry>
{
    public void Configure(EntityTypeBuilder<StoredValueLedgerEntry> builder)
    {
        builder.ToTable("stored_value_ledger", t =>
        {
            t.HasCheckConstraint("ck_stored_value_ledger_after_non_negative", "principal_after >= 0 AND bonus_after >= 0");
            t.HasCheckConstraint("ck_stored_value_ledger_moves", "principal <> 0 OR bonus <> 0");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.CardNumber).HasMaxLength(CardNumber.Length);
        builder.Property(e => e.Reason).HasMaxLength(StoredValueLedgerEntry.ReasonMaxLength);
        builder.Property(e => e.ApprovedBy).HasMaxLength(StoredValueLedgerEntry.ApprovedByMaxLength);
        builder.HasIndex(e => new { e.MemberId, e.Id });
        builder.HasIndex(e => e.PurchaseId).HasFilter("purchase_id IS NOT NULL");

        // The monthly summary reads flows by branch and business date, and balances up to a date.
        builder.HasIndex(e => new { e.BranchId, e.BusinessDate });
        builder.HasIndex(e => e.BusinessDate);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredValueTopUpConfiguration : IEntityTypeConfiguration<StoredValueTopUp>
{
    public void Configure(EntityTypeBuilder<StoredValueTopUp> builder)
    {
        builder.ToTable("stored_value_top_ups", t => t.HasCheckConstraint("ck_stored_value_top_ups_amounts", "principal > 0 AND bonus >= 0"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.CardNumber).HasMaxLength(CardNumber.Length).IsRequired();
        builder.Property(t => t.ReceiptNo).HasMaxLength(StoredValueTopUp.ReceiptNoMaxLength);
        builder.Property(t => t.IdempotencyKey).HasMaxLength(StoredValueTopUp.IdempotencyKeyMaxLength);
        builder.Property(t => t.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.ResponseJson).HasColumnType("jsonb");
        builder.Property(t => t.PaymentMethod).HasMaxLength(StoredValueTopUp.PaymentMethodMaxLength);
        builder.Property(t => t.TransactionId).HasMaxLength(StoredValueTopUp.TransactionIdMaxLength);
        builder.Property(t => t.RejectionCode).HasMaxLength(64);

        // A till's receipt is unique per branch; an online trade number is unique across the chain.
        builder.HasIndex(t => new { t.BranchId, t.ReceiptNo }).IsUnique().HasFilter("channel = 'Till'")
            .HasDatabaseName("ix_stored_value_top_ups_branch_id_receipt_no");
        builder.HasIndex(t => new { t.BranchId, t.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL")
            .HasDatabaseName("ix_stored_value_top_ups_branch_id_idempotency_key");
        builder.HasIndex(t => t.ReceiptNo).IsUnique().HasFilter("channel = 'Online'").HasDatabaseName("ix_stored_value_top_ups_trade_no");
        builder.HasIndex(t => new { t.MemberId, t.CreatedAt });
        builder.HasOne<Branch>().WithMany().HasForeignKey(t => t.BranchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TopUpPackageConfiguration : IEntityTypeConfiguration<TopUpPackage>
{
    public void Configure(EntityTypeBuilder<TopUpPackage> builder)
    {
        builder.ToTable("top_up_packages", t => t.HasCheckConstraint("ck_top_up_packages_amounts", "pay > 0 AND bonus >= 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(TopUpPackage.NameMaxLength).IsRequired();
    }
}
