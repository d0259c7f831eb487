namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Outbox;
using MemberCard.Domain.WeChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseIdentityAlwaysColumn();
        builder.Property(m => m.Kind).HasMaxLength(OutboxMessage.KindMaxLength).IsRequired();
        builder.Property(m => m.Payload).HasColumnType("jsonb").IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.TextMaxLength);
        builder.Property(m => m.Outcome).HasMaxLength(OutboxMessage.TextMaxLength);

        // The dispatcher's two questions: what is due, and is there an older pending message of this member.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_messages_due");
        builder.HasIndex(m => new { m.MemberId, m.Id }).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_messages_member_pending");
        builder.HasIndex(m => new { m.Status, m.Id });
    }
}

internal sealed class WeChatEventReceiptConfiguration : IEntityTypeConfiguration<WeChatEventReceipt>
{
    public void Configure(EntityTypeBuilder<WeChatEventReceipt> builder)
    {
        builder.ToTable("wechat_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.DedupeKey).HasMaxLength(WeChatEventReceipt.DedupeKeyMaxLength).IsRequired();
        builder.Property(e => e.Event).HasMaxLength(WeChatEventReceipt.EventMaxLength).IsRequired();
        builder.Property(e => e.FromUserName).HasMaxLength(64).IsRequired();
        builder.Property(e => e.CardCode).HasMaxLength(64);
        builder.Property(e => e.Fields).HasColumnType("jsonb").IsRequired();
        builder.Property(e => e.Outcome).HasMaxLength(WeChatEventReceipt.OutcomeMaxLength).IsRequired();
        builder.HasIndex(e => e.DedupeKey).IsUnique();
        builder.HasIndex(e => e.CardCode);
    }
}
