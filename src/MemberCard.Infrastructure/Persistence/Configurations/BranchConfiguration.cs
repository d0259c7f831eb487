namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Branches;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class BranchConfiguration : IEntityTypeConfiguration<Branch>
{
    public void Configure(EntityTypeBuilder<Branch> builder)
    {
        builder.ToTable("branches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Code).HasMaxLength(Branch.CodeMaxLength).IsRequired();
        builder.Property(b => b.Name).HasMaxLength(Branch.NameMaxLength).IsRequired();
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Ignore(b => b.IsActive);
        builder.Ignore(b => b.DomainEvents);
    }
}
