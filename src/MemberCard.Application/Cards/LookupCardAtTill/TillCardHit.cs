namespace MemberCard.Application.Cards.LookupCardAtTill;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;

/// <summary>The row the lookup reads: the card, what the till may see of its member, and the programme's version.</summary>
internal sealed class TillCardHit
{
    public CardNumber Number { get; init; }

    public CardStatus Status { get; init; }

    public BranchId HomeBranchId { get; init; }

    public MemberId MemberId { get; init; }

    public required string Name { get; init; }

    public Tier Tier { get; init; }

    public long PointsBalance { get; init; }

    public uint? ProgrammeVersion { get; init; }
}
