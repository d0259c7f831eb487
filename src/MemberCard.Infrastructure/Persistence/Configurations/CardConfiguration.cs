namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> builder)
    {
        builder.ToTable("cards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).IsRequired();
        builder.Property(c => c.WeChatCode).HasMaxLength(64);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.WeChatCode).IsUnique().HasFilter("we_chat_code IS NOT NULL");
        builder.HasIndex(c => c.HomeBranchId);
        builder.HasOne<Branch>().WithMany().HasForeignKey(c => c.IssuingBranchId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsCurrent);
        builder.Ignore(c => c.CanTransact);
    }
}
