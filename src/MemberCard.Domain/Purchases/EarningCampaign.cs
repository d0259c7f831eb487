namespace MemberCard.Domain.Purchases;

/// <summary>A campaign multiplier already known to apply to this purchase's branch and date.</summary>
public sealed record EarningCampaign(Guid Id, string Name, decimal Multiplier, IReadOnlyCollection<string> Categories)
{
    public bool AppliesTo(string? category) =>
        Categories.Count == 0 || (category is not null && Categories.Contains(category, StringComparer.OrdinalIgnoreCase));
}
