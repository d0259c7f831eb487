namespace MemberCard.Infrastructure.Persistence.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class RegionSerialConfiguration : IEntityTypeConfiguration<RegionSerial>
{
    public void Configure(EntityTypeBuilder<RegionSerial> builder)
    {
        builder.ToTable("region_serials");
        builder.HasKey(r => r.RegionCode);
        builder.Property(r => r.RegionCode).HasMaxLength(3);
    }
}
