namespace MemberCard.Domain.UnitTests.Common;

using MemberCard.Domain.Common;

public sealed class PointsTests
{
    [Fact]
    public void Add_WhenTwoValues_SumsThem()
    {
        var left = new Points(150);
        var right = new Points(50);

        var sum = left + right;

        sum.ShouldBe(new Points(200));
    }

    [Fact]
    public void Subtract_WhenLargerSubtracted_GivesNegativeDelta()
    {
        var left = new Points(100);
        var right = new Points(250);

        var difference = left - right;

        difference.Value.ShouldBe(-150);
        difference.IsNegative.ShouldBeTrue();
    }

    [Fact]
    public void Negate_WhenPositive_GivesNegative()
    {
        var points = new Points(42);

        var negated = -points;

        negated.ShouldBe(new Points(-42));
        points.IsNegative.ShouldBeFalse();
        Points.Zero.IsNegative.ShouldBeFalse();
    }

    [Fact]
    public void Add_WhenOverflowing_Throws()
    {
        var left = new Points(long.MaxValue);
        var right = new Points(1);

        Should.Throw<OverflowException>(() => left + right);
    }

    [Fact]
    public void Compare_WhenValuesDiffer_OrdersByValue()
    {
        var small = new Points(99);
        var large = new Points(100);

        var comparison = small.CompareTo(large);

        comparison.ShouldBeLessThan(0);
        (small < large).ShouldBeTrue();
        (large > small).ShouldBeTrue();
        (small <= new Points(99)).ShouldBeTrue();
        (large >= small).ShouldBeTrue();
        (large < small).ShouldBeFalse();
        new Points(7).ToString().ShouldBe("7");
    }
}
