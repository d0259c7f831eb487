namespace MemberCard.Application.Common.Points;

using MemberCard.Application.Common.Programme;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;

/// <summary>
/// Everything the till needs from the database about one member, read in one statement: the member with
/// their cards, their open lots, the rolling spend, an earlier commit of the same receipt, and the stamps
/// that tell whether the cached programme and campaigns are still current.
/// </summary>
public sealed class TillSnapshot
{
    public required Member Member { get; init; }

    public required List<PointsLot> OpenLots { get; init; }

    /// <summary>Net spend after <see cref="TillRead.SpendAfter"/>, after returns: what counts toward the tier thresholds.</summary>
    public decimal RollingSpend { get; init; }

    public EarlierCommit? Earlier { get; init; }

    public uint? ProgrammeVersion { get; init; }

    public int CampaignCount { get; init; }

    public DateTimeOffset? CampaignsCreatedUntil { get; init; }

    public CampaignStamp Campaigns => new(CampaignCount, CampaignsCreatedUntil);
}
