namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals", t =>
        {
            t.HasCheckConstraint("ck_referrals_refused_has_reason", "(status = 'Refused') = (refusal_reason IS NOT NULL)");
            t.HasCheckConstraint("ck_referrals_points_non_negative",
                "referrer_points >= 0 AND referee_points >= 0 AND referrer_shortfall >= 0 AND referee_shortfall >= 0");
            t.HasCheckConstraint("ck_referrals_not_self", "referrer_id <> referee_id");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(ReferralCode.Length).IsRequired();
        builder.Property(r => r.RefusalReason).HasMaxLength(ReferralRefusal.MaxLength);

        // A member is referred once: the application that made them a member named at most one code.
        builder.HasIndex(r => r.RefereeId).IsUnique();

        // The reward's purchase rewards one referral; the reversal finds it by the purchase.
        builder.HasIndex(r => r.PurchaseId).IsUnique().HasFilter("purchase_id IS NOT NULL");

        // The monthly cap counts a referrer's month; the summary groups a month by branch; HQ lists by status.
        builder.HasIndex(r => new { r.ReferrerId, r.CreatedOn });
        builder.HasIndex(r => new { r.CreatedOn, r.BranchId });
        builder.HasIndex(r => new { r.Status, r.CreatedAt });

        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.ReferrerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.RefereeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Branch>().WithMany().HasForeignKey(r => r.BranchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Branch>().WithMany().HasForeignKey(r => r.ReferrerBranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralSettingsConfiguration : IEntityTypeConfiguration<ReferralSettings>
{
    public void Configure(EntityTypeBuilder<ReferralSettings> builder)
    {
        builder.ToTable("referral_settings", t =>
        {
            t.HasCheckConstraint("ck_referral_settings_singleton", $"id = {ReferralSettings.SingletonId}");
            t.HasCheckConstraint("ck_referral_settings_ranges",
                $"referrer_points BETWEEN 0 AND {ReferralSettings.MaxPoints} AND referee_points BETWEEN 0 AND {ReferralSettings.MaxPoints}"
                + $" AND monthly_cap BETWEEN 0 AND {ReferralSettings.MaxMonthlyCap} AND return_window_days BETWEEN 0 AND {ReferralSettings.MaxReturnWindowDays}");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
