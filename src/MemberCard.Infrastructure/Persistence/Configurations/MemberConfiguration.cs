namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    private const string ActiveOnly = "status = 'Active'";

    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members", t =>
        {
            t.HasCheckConstraint("ck_members_points_balance_non_negative", "points_balance >= 0");

            // Erasure on exit, kept by the database too: an exited member holds no points, no contact details
            // and no WeChat identity, whatever code path wrote the row.
            t.HasCheckConstraint(
                "ck_members_exited_erased",
                $"status <> 'Exited' OR (points_balance = 0 AND name = '{Member.ErasedName}' AND phone = '{PhoneNumber.Erased.Value}' AND pending_phone IS NULL"
                + " AND birth_date IN ('-infinity', '0001-01-01')"
                + " AND address IS NULL AND email IS NULL AND mini_program_open_id IS NULL AND official_account_open_id IS NULL AND union_id IS NULL)");
        });
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(PersonalDetails.NameMaxLength).IsRequired();
        builder.Property(m => m.Address).HasMaxLength(PersonalDetails.AddressMaxLength);
        builder.Property(m => m.Email).HasMaxLength(PersonalDetails.EmailMaxLength);
        builder.Property(m => m.MiniProgramOpenId).HasMaxLength(WeChatIdentity.IdMaxLength);
        builder.Property(m => m.OfficialAccountOpenId).HasMaxLength(WeChatIdentity.IdMaxLength);
        builder.Property(m => m.UnionId).HasMaxLength(WeChatIdentity.IdMaxLength);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Property(m => m.ReferralCode).HasMaxLength(MemberCard.Domain.Referrals.ReferralCode.Length);
        builder.Property<string>(Member.PhoneDigitsShadowProperty)
            .HasMaxLength(11)
            .HasComputedColumnSql("phone", stored: true);

        // One card per phone and per WeChat identity among current members; the review checks first,
        // these decide when two applications race.
        builder.HasIndex(m => m.Phone).IsUnique().HasFilter(ActiveOnly);
        builder.HasIndex(m => m.MiniProgramOpenId).IsUnique().HasFilter(ActiveOnly + " AND mini_program_open_id IS NOT NULL");
        builder.HasIndex(m => m.UnionId).IsUnique().HasFilter(ActiveOnly + " AND union_id IS NOT NULL");
        builder.HasIndex(m => m.OfficialAccountOpenId).HasFilter("official_account_open_id IS NOT NULL");
        builder.HasIndex(m => new { m.HomeBranchId, m.JoinedAt });
        builder.HasIndex(Member.PhoneDigitsShadowProperty);

        // Codes stay unique across exits: a code once shared never names somebody else.
        builder.HasIndex(m => m.ReferralCode).IsUnique().HasFilter("referral_code IS NOT NULL");

        builder.HasOne<MemberCard.Domain.Branches.Branch>().WithMany().HasForeignKey(m => m.HomeBranchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Cards).WithOne().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Cards).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.CurrentCard);
        builder.Ignore(m => m.DomainEvents);
    }
}
