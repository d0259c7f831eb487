namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Infrastructure.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class KpiDeltaConfiguration : IEntityTypeConfiguration<KpiDelta>
{
    public void Configure(EntityTypeBuilder<KpiDelta> builder)
    {
        // An append-only queue between the saves and the fold: no foreign keys (nothing to check or lock on the
        // till's path), and the fold takes the oldest first by the time-ordered id.
        builder.ToTable("kpi_deltas");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
    }
}
