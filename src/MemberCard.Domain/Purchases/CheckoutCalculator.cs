namespace MemberCard.Domain.Purchases;

using MemberCard.Domain.Common;
using MemberCard.Domain.Programme;

/// <summary>
/// Prices a basket for a member by the programme's rules:
/// tier and birthday discounts do not stack (the better applies per regular-price line); points used as
/// payment are spread over lines in proportion to their amounts; points are earned on what was paid in money
/// for regular-price lines, times the multipliers (tier × birthday × campaigns, capped if head office caps),
/// floored once per purchase.
/// </summary>
public static class CheckoutCalculator
{
    public static Quote Price(
        IReadOnlyList<CheckoutLine> lines,
        ProgrammeSettings programme,
        Tier tier,
        DateOnly birthDate,
        DateOnly businessDate,
        IReadOnlyList<EarningCampaign> campaigns,
        bool isCardApplicationPurchase,
        long spendablePoints,
        long pointsToUse)
    {
        if (lines.Count == 0)
        {
            throw new DomainException("checkout.no_lines", "A purchase has at least one line.");
        }

        var rule = programme.RuleFor(tier);
        var isBirthday = IsBirthday(birthDate, businessDate);
        var priced = lines.Select(line => PriceLine(line, rule, programme, isBirthday)).ToList();
        var netAmount = priced.Sum(p => p.Net);

        var maxPointsUsable = Math.Min(spendablePoints, (long)decimal.Floor(netAmount * programme.PointsPerYuan));
        if (pointsToUse < 0 || pointsToUse > maxPointsUsable)
        {
            throw new DomainException("checkout.points_over_limit",
                $"At most {maxPointsUsable} points can pay for this purchase.");
        }

        if (pointsToUse * 100 % programme.PointsPerYuan != 0)
        {
            throw new DomainException("checkout.points_granularity",
                $"Points used must be worth whole fen ({programme.PointsPerYuan} points = ¥1).");
        }

        var shares = Allocate(pointsToUse, priced.Select(p => p.Net).ToList());
        var baseMultiplier = rule.PointsMultiplier * (isBirthday ? programme.BirthdayPointsMultiplier : 1m);
        var quoted = new List<QuotedLine>(priced.Count);
        for (var i = 0; i < priced.Count; i++)
        {
            var (line, list, kind, rate, net) = priced[i];
            var pointsValue = shares[i] / (decimal)programme.PointsPerYuan;
            var paid = net - pointsValue;
            var earns = line.IsRegularPrice && !isCardApplicationPurchase;
            var multiplier = earns ? Cap(campaigns.Where(c => c.AppliesTo(line.Category)).Aggregate(baseMultiplier, (m, c) => m * c.Multiplier), programme) : 0m;
            quoted.Add(new QuotedLine(line, list, kind, rate, list - net, net, shares[i], pointsValue, paid, earns, multiplier, earns ? paid * multiplier : 0m));
        }

        var pointsValueTotal = pointsToUse / (decimal)programme.PointsPerYuan;
        return new Quote(
            quoted,
            tier,
            isBirthday,
            quoted.Sum(q => q.ListAmount),
            quoted.Sum(q => q.DiscountAmount),
            netAmount,
            pointsToUse,
            pointsValueTotal,
            netAmount - pointsValueTotal,
            (long)decimal.Floor(quoted.Sum(q => q.EarnWeight)),
            maxPointsUsable,
            spendablePoints);
    }

    /// <summary>A member born on 29 February celebrates on 28 February in other years.</summary>
    public static bool IsBirthday(DateOnly birthDate, DateOnly businessDate)
    {
        var day = birthDate.Month == 2 && birthDate.Day == 29 && !DateTime.IsLeapYear(businessDate.Year) ? 28 : birthDate.Day;
        return businessDate.Month == birthDate.Month && businessDate.Day == day;
    }

    public static decimal RoundMoney(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Splits whole points over amounts in proportion, largest remainder first, so the shares add up exactly.</summary>
    public static long[] Allocate(long points, IReadOnlyList<decimal> amounts)
    {
        var shares = new long[amounts.Count];
        var total = amounts.Sum();
        if (points == 0 || total == 0)
        {
            return shares;
        }

        var exact = amounts.Select(a => points * a / total).ToArray();
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = (long)decimal.Floor(exact[i]);
        }

        var left = points - shares.Sum();
        foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take((int)left))
        {
            shares[i]++;
        }

        return shares;
    }

    private static (CheckoutLine Line, decimal List, DiscountKind Kind, decimal Rate, decimal Net) PriceLine(
        CheckoutLine line, TierRule rule, ProgrammeSettings programme, bool isBirthday)
    {
        var list = RoundMoney(line.Quantity * line.UnitPrice);
        if (!line.IsRegularPrice)
        {
            return (line, list, DiscountKind.None, 1m, list);
        }

        var (kind, rate) = (DiscountKind.None, 1m);
        if (rule.DiscountRate < rate)
        {
            (kind, rate) = (DiscountKind.Tier, rule.DiscountRate);
        }

        if (isBirthday && programme.BirthdayDiscountRate < rate)
        {
            (kind, rate) = (DiscountKind.Birthday, programme.BirthdayDiscountRate);
        }

        return (line, list, kind, rate, RoundMoney(list * rate));
    }

    private static decimal Cap(decimal multiplier, ProgrammeSettings programme) =>
        programme.MaxPointsMultiplier is { } cap && multiplier > cap ? cap : multiplier;
}
