namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        builder.Property(k => k.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne<Branch>().WithMany().HasForeignKey(k => k.BranchId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(k => k.IsRevoked);
    }
}
