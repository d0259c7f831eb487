namespace MemberCard.Application.Cards.Common;

using MemberCard.Domain.Members;

public sealed record CardDto(
    Guid MemberId,
    string CardNumber,
    string Status,
    string Tier,
    string Channel,
    Guid IssuingBranchId,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? FrozenAt,
    DateTimeOffset? ClosedAt,
    string? ReplacesCardNumber)
{
    public static CardDto From(Member member, Card card) => new(
        member.Id.Value,
        card.Number.Value,
        card.Status.ToString(),
        member.Tier.ToString(),
        card.Channel.ToString(),
        card.IssuingBranchId.Value,
        card.IssuedAt,
        card.ActivatedAt,
        card.FrozenAt,
        card.ClosedAt,
        card.ReplacesCardId is { } replaced ? member.Cards.Single(c => c.Id == replaced).Number.Value : null);
}
