namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Birthdays;
using MemberCard.Domain.Branches;
using MemberCard.Domain.FollowUps;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class BirthdayGiftConfiguration : IEntityTypeConfiguration<BirthdayGift>
{
    public void Configure(EntityTypeBuilder<BirthdayGift> builder)
    {
        builder.ToTable("birthday_gifts");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.GiftName).HasMaxLength(BirthdayGift.GiftNameMaxLength).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(BirthdayGift.DescriptionMaxLength);
        builder.Property(g => g.Version).IsRowVersion();

        // One gift per member and year, even when two tills issue it at once.
        builder.HasIndex(g => new { g.MemberId, g.Year }).IsUnique();
        builder.HasIndex(g => new { g.BranchId, g.IssuedOn });
        builder.HasOne<Member>().WithMany().HasForeignKey(g => g.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Branch>().WithMany().HasForeignKey(g => g.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.ToTable("follow_up_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Note).HasMaxLength(FollowUpTask.NoteMaxLength);
        builder.Property(t => t.Version).IsRowVersion();

        // The branch's list by due date, the message job's open messages by due date, a member's open cadence.
        builder.HasIndex(t => new { t.BranchId, t.DueAt });
        builder.HasIndex(t => new { t.Status, t.Kind, t.DueAt });
        builder.HasIndex(t => new { t.MemberId, t.Status });
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Branch>().WithMany().HasForeignKey(t => t.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}
