namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Audit;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Jobs;
using MemberCard.Domain.Milestones;
using MemberCard.Domain.Outbox;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Domain.WeChat;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The application's view of the database. Members and cards are filtered to the current principal's scope
/// by global query filters; a handler never adds its own branch <c>Where</c>.
/// </summary>
public partial interface IMemberCardDbContext
{
    DbSet<Member> Members { get; }

    DbSet<Card> Cards { get; }

    DbSet<Branch> Branches { get; }

    DbSet<ProgrammeSettings> Programme { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<PointsLedgerEntry> PointsLedger { get; }

    DbSet<PointsLot> PointsLots { get; }

    DbSet<Purchase> Purchases { get; }

    DbSet<TierChange> TierChanges { get; }

    DbSet<Gift> Gifts { get; }

    DbSet<Redemption> Redemptions { get; }

    DbSet<PointsCampaign> PointsCampaigns { get; }

    DbSet<MilestoneClaim> MilestoneClaims { get; }

    DbSet<JobRun> JobRuns { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<WeChatEventReceipt> WeChatEvents { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
