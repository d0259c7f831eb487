namespace MemberCard.Infrastructure.Persistence.Configurations;

using MemberCard.Domain.Programme;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class ProgrammeSettingsConfiguration : IEntityTypeConfiguration<ProgrammeSettings>
{
    public void Configure(EntityTypeBuilder<ProgrammeSettings> builder)
    {
        builder.ToTable("programme_settings", t => t.HasCheckConstraint("ck_programme_settings_singleton", $"id = {ProgrammeSettings.SingletonId}"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TimeZone).HasMaxLength(64).IsRequired();
        builder.Property(p => p.DefaultOnlineBranchCode).HasMaxLength(20);
        builder.Property(p => p.BirthdayDiscountRate).HasPrecision(5, 4);
        builder.Property(p => p.BirthdayPointsMultiplier).HasPrecision(7, 4);
        builder.Property(p => p.Version).IsRowVersion();
        builder.OwnsMany(p => p.Tiers, tier =>
        {
            tier.ToJson("tiers");
            tier.Property(t => t.DiscountRate).HasPrecision(5, 4);
            tier.Property(t => t.PointsMultiplier).HasPrecision(7, 4);
        });
        builder.Navigation(p => p.Tiers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(p => p.Milestones, milestone => milestone.ToJson("milestones"));
        builder.Navigation(p => p.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.MaxPointsMultiplier).HasPrecision(7, 4);
        // Defaults for a settings row that predates stored value (CreateDefault sets the same for new ones).
        builder.Property(p => p.StoredValueMaxBalance).HasDefaultValue(5_000m);
        builder.Property(p => p.StoredValueSpendOrder).HasDefaultValue(StoredValueSpendOrder.BonusFirst);
        builder.Ignore(p => p.DepositsCountForTier);
        builder.Ignore(p => p.BusinessTimeZone);

        // Defaults for a programme row written before the complaint deadline and the cadence became settings.
        builder.Property(p => p.ComplaintResponseHours).HasDefaultValue(ProgrammeSettings.DefaultComplaintResponseHours);
        builder.Property(p => p.FollowUpThankYouMinutes).HasDefaultValue(FollowUpCadenceRule.Default.ThankYouMinutes);
        builder.Property(p => p.FollowUpCareDays).HasDefaultValue(FollowUpCadenceRule.Default.CareDays);
        builder.Property(p => p.FollowUpGreetingWeeks).HasDefaultValue(FollowUpCadenceRule.Default.GreetingWeeks);
        builder.Property(p => p.FollowUpCallMonths).HasDefaultValueSql("'{1,4,6,9}'::integer[]");
        builder.Ignore(p => p.FollowUpCadence);
        builder.Ignore(p => p.DomainEvents);
    }
}
