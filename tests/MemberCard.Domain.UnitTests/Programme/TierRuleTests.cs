namespace MemberCard.Domain.UnitTests.Programme;

using MemberCard.Domain.Common;
using MemberCard.Domain.Programme;

public sealed class TierRuleTests
{
    [Theory]
    [InlineData("0", "1", "0", "programme.discount_invalid")]
    [InlineData("1.01", "1", "0", "programme.discount_invalid")]
    [InlineData("0.95", "-1", "0", "programme.multiplier_invalid")]
    [InlineData("0.95", "101", "0", "programme.multiplier_invalid")]
    [InlineData("0.95", "1", "-0.01", "programme.threshold_invalid")]
    public void Create_WhenValueOutOfRange_Throws(string discount, string multiplier, string threshold, string code)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        var exception = Should.Throw<DomainException>(() => TierRule.Create(
            Tier.Silver, decimal.Parse(discount, culture), decimal.Parse(multiplier, culture), decimal.Parse(threshold, culture), "x"));

        exception.Code.ShouldBe(code);
    }

    [Fact]
    public void Create_WhenValid_TrimsBenefits()
    {
        var benefits = "  Priority service  ";

        var rule = TierRule.Create(Tier.Silver, 0.95m, 1m, 1_000m, benefits);

        rule.Benefits.ShouldBe("Priority service");
        rule.Tier.ShouldBe(Tier.Silver);
    }
}
