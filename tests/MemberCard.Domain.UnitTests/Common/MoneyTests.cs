namespace MemberCard.Domain.UnitTests.Common;

using MemberCard.Domain.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("12.3")]
    [InlineData("12.34")]
    [InlineData("680.00")]
    [InlineData("9999999999.99")]
    public void Create_WhenAtMostTwoDecimals_KeepsAmount(string raw)
    {
        var yuan = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);

        var money = Money.Create(yuan);

        money.Yuan.ShouldBe(yuan);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.005")]
    [InlineData("12.345")]
    public void Create_WhenMoreThanTwoDecimals_ThrowsPrecision(string raw)
    {
        var yuan = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);

        var exception = Should.Throw<DomainException>(() => Money.Create(yuan));

        exception.Code.ShouldBe("money.precision");
    }

    [Fact]
    public void Create_WhenTrailingZerosBeyondTwoDecimals_IsAccepted()
    {
        var yuan = 1.500m;

        var money = Money.Create(yuan);

        money.ShouldBe(Money.Create(1.5m));
        money.ToString().ShouldBe("1.50");
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-1")]
    public void Create_WhenNegative_ThrowsNegative(string raw)
    {
        var yuan = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);

        var exception = Should.Throw<DomainException>(() => Money.Create(yuan));

        exception.Code.ShouldBe("money.negative");
    }

    [Fact]
    public void Create_WhenAboveMaximum_ThrowsTooLarge()
    {
        var yuan = Money.MaxValue + 0.01m;

        var exception = Should.Throw<DomainException>(() => Money.Create(yuan));

        exception.Code.ShouldBe("money.too_large");
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.01", 1L)]
    [InlineData("12.34", 1_234L)]
    [InlineData("680", 68_000L)]
    [InlineData("9999999999.99", 999_999_999_999L)]
    public void Fen_WhenConverted_IsHundredthsOfYuan(string raw, long fen)
    {
        var yuan = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);

        var money = Money.Create(yuan);

        money.Fen.ShouldBe(fen);
        Money.FromFen(fen).ShouldBe(money);
    }

    [Fact]
    public void FromFen_WhenNegative_ThrowsNegative()
    {
        var fen = -1L;

        var exception = Should.Throw<DomainException>(() => Money.FromFen(fen));

        exception.Code.ShouldBe("money.negative");
    }

    [Fact]
    public void Add_WhenTwoAmounts_SumsExactly()
    {
        var left = Money.Create(0.10m);
        var right = Money.Create(0.20m);

        var sum = left + right;

        sum.ShouldBe(Money.Create(0.30m));
        sum.Fen.ShouldBe(30);
    }

    [Fact]
    public void Subtract_WhenResultNonNegative_ReturnsDifference()
    {
        var left = Money.Create(100m);
        var right = Money.Create(0.01m);

        var difference = left - right;

        difference.Yuan.ShouldBe(99.99m);
    }

    [Fact]
    public void Subtract_WhenResultNegative_ThrowsNegative()
    {
        var left = Money.Create(1m);
        var right = Money.Create(1.01m);

        var exception = Should.Throw<DomainException>(() => left - right);

        exception.Code.ShouldBe("money.negative");
    }

    [Fact]
    public void Compare_WhenAmountsDiffer_OrdersByAmount()
    {
        var small = Money.Create(679.99m);
        var large = Money.Create(680m);

        var comparison = small.CompareTo(large);

        comparison.ShouldBeLessThan(0);
        (small < large).ShouldBeTrue();
        (large > small).ShouldBeTrue();
        (small <= large).ShouldBeTrue();
        (large >= Money.Create(680m)).ShouldBeTrue();
        (small > large).ShouldBeFalse();
        Money.Zero.Yuan.ShouldBe(0m);
    }
}
