namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.ActorKind).HasMaxLength(32).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorMaxLength).IsRequired();
        builder.Property(e => e.SubjectType).HasMaxLength(32).IsRequired();
        builder.Property(e => e.SubjectId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Details).HasColumnType("jsonb").IsRequired();
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.HasIndex(e => new { e.SubjectType, e.SubjectId });
        builder.HasIndex(e => e.OccurredAt);
    }
}
