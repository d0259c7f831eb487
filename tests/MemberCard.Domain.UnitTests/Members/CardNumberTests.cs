namespace MemberCard.Domain.UnitTests.Members;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

public sealed class CardNumberTests
{
    [Theory]
    [InlineData("755", 1L, "75500000015")]
    [InlineData("755", 2L, "75500000023")]
    [InlineData("755", 24L, "75500000247")]
    [InlineData("010", 1_234_567L, "01012345672")]
    [InlineData("200", 42L, "20000000420")]
    [InlineData("999", 9_999_999L, "99999999990")]
    public void Issue_WhenRegionAndSerialValid_ReturnsElevenDigitsWithLuhnCheckDigit(string region, long serial, string expected)
    {
        var regionCode = RegionCode.Create(region);

        var number = CardNumber.Issue(regionCode, serial);

        number.Value.ShouldBe(expected);
        number.Value.Length.ShouldBe(CardNumber.Length);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(10_000_000L)]
    public void Issue_WhenSerialOutOfRange_ThrowsSerialExhausted(long serial)
    {
        var region = RegionCode.Create("755");

        var exception = Should.Throw<DomainException>(() => CardNumber.Issue(region, serial));

        exception.Code.ShouldBe("card_number.serial_exhausted");
    }

    [Fact]
    public void Issue_WhenIssued_RoundTripsRegionCodeAndSerial()
    {
        var region = RegionCode.Create("021");

        var number = CardNumber.Issue(region, 7_654_321);

        number.RegionCode.ShouldBe("021");
        number.Serial.ShouldBe(7_654_321);
        number.ToString().ShouldBe(number.Value);
    }

    [Theory]
    [InlineData("75500000015")]
    [InlineData("01012345672")]
    [InlineData("99999999990")]
    public void TryParse_WhenCheckDigitCorrect_ReturnsNumber(string raw)
    {
        var parsed = CardNumber.TryParse(raw, out var number);

        parsed.ShouldBeTrue();
        number.Value.ShouldBe(raw);
        CardNumber.IsValid(raw).ShouldBeTrue();
    }

    [Fact]
    public void TryParse_WhenIssuedNumberParsed_EqualsIssuedNumber()
    {
        var issued = CardNumber.Issue(RegionCode.Create("755"), 123);

        var parsed = CardNumber.Parse(issued.Value);

        parsed.ShouldBe(issued);
        parsed.Serial.ShouldBe(123);
        parsed.RegionCode.ShouldBe("755");
    }

    [Theory]
    [InlineData("75500000010")]
    [InlineData("75500000014")]
    [InlineData("75500000016")]
    [InlineData("75500000051")]
    public void TryParse_WhenCheckDigitWrong_ReturnsFalse(string raw)
    {
        var parsed = CardNumber.TryParse(raw, out var number);

        parsed.ShouldBeFalse();
        number.ShouldBe(default);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7550000001")]
    [InlineData("755000000150")]
    [InlineData("7550000001A")]
    [InlineData("A5500000015")]
    [InlineData("755 0000001")]
    [InlineData("-7550000001")]
    [InlineData("７５５００００００１５")]
    [InlineData(null)]
    public void TryParse_WhenShapeWrong_ReturnsFalse(string? raw)
    {
        var parsed = CardNumber.TryParse(raw, out _);

        parsed.ShouldBeFalse();
        CardNumber.IsValid(raw).ShouldBeFalse();
    }

    [Fact]
    public void Parse_WhenInvalid_ThrowsCardNumberInvalid()
    {
        var raw = "75500000016";

        var exception = Should.Throw<DomainException>(() => CardNumber.Parse(raw));

        exception.Code.ShouldBe("card_number.invalid");
    }

    [Fact]
    public void CheckDigit_WhenAnySingleDigitMistyped_DetectsTheError()
    {
        var valid = CardNumber.Issue(RegionCode.Create("755"), 4_711).Value;

        var undetected = new List<string>();
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (valid[position] == digit)
                {
                    continue;
                }

                var typo = string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1));
                if (CardNumber.IsValid(typo))
                {
                    undetected.Add(typo);
                }
            }
        }

        undetected.ShouldBeEmpty();
    }
}
