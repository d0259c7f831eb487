namespace MemberCard.Domain.Campaigns;

using MemberCard.Domain.Common;
using MemberCard.Domain.Purchases;

/// <summary>
/// An earning multiplier head office runs for a period, optionally only at some branches and for some
/// categories (empty lists mean all). Multipliers of overlapping campaigns multiply.
/// </summary>
public sealed class PointsCampaign
{
    public const int NameMaxLength = 100;

    private PointsCampaign()
    {
        Name = string.Empty;
        BranchIds = [];
        Categories = [];
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public decimal Multiplier { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public List<Guid> BranchIds { get; private set; }

    public List<string> Categories { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static PointsCampaign Create(string name, decimal multiplier, DateOnly startsOn, DateOnly endsOn,
        IEnumerable<Guid> branchIds, IEnumerable<string> categories, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException("campaign.name_invalid", "A campaign name is required (at most 100 characters).");
        }

        if (multiplier is <= 0m or > 100m)
        {
            throw new DomainException("campaign.multiplier_invalid", "A campaign multiplier is greater than 0 and at most 100.");
        }

        if (endsOn < startsOn)
        {
            throw new DomainException("campaign.dates_reversed", "A campaign ends on or after the day it starts.");
        }

        return new PointsCampaign
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Multiplier = multiplier,
            StartsOn = startsOn,
            EndsOn = endsOn,
            BranchIds = branchIds.Distinct().ToList(),
            Categories = categories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            CreatedAt = now,
        };
    }

    public EarningCampaign ForCheckout() => new(Id, Name, Multiplier, Categories);
}
