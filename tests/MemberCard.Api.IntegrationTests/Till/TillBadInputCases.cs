namespace MemberCard.Api.IntegrationTests.Till;

using MemberCard.Api.IntegrationTests.Validation;

/// <summary>
/// Bodies for the till's bad-input tests: a valid base with one field spoiled, and the field the problem must
/// name. <see cref="Card"/> stands for the scanned card, filled in by the test.
/// </summary>
public static class TillBadInputCases
{
    public const string Card = "__CARD__";
    public const string Quote = "/api/v1/branch/checkout/quote";
    public const string Commit = "/api/v1/branch/purchases";

    private const string ValidLine = """{"sku":"TEA","quantity":1,"unitPrice":10.00}""";
    private const string QuoteBody = """{"code":"__CARD__","lines":[""" + ValidLine + "]}";
    private const string CommitBody = """{"receiptNo":"R-0001","code":"__CARD__","lines":[""" + ValidLine + "]}";

    public static TheoryData<string, string, string> RejectedByValidation
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (line, named) in new[]
            {
                ("""{"sku":"TEA","quantity":0,"unitPrice":10.00}""", "lines[0].quantity"),
                ("""{"sku":"TEA","quantity":-1,"unitPrice":10.00}""", "lines[0].quantity"),
                ("""{"sku":"TEA","quantity":1.2345,"unitPrice":10.00}""", "lines[0].quantity"),
                ("""{"sku":"TEA","unitPrice":10.00}""", "lines[0].quantity"),
                ("""{"sku":"TEA","quantity":1,"unitPrice":0}""", "lines[0].unitPrice"),
                ("""{"sku":"TEA","quantity":1,"unitPrice":-5.00}""", "lines[0].unitPrice"),
                ("""{"sku":"TEA","quantity":1,"unitPrice":10.001}""", "lines[0].unitPrice"),
                ("""{"quantity":1,"unitPrice":10.00}""", "lines[0].sku"),
            })
            {
                data.Add(Commit, RawJson.With(CommitBody, "lines", "[" + line + "]"), named);
            }

            data.Add(Commit, RawJson.With(CommitBody, "lines", "[]"), "lines");
            data.Add(Commit, RawJson.Without(CommitBody, "lines"), "lines");
            data.Add(Commit, RawJson.Without(CommitBody, "code"), "code");
            data.Add(Commit, RawJson.With(CommitBody, "pointsUsed", "-100"), "pointsUsed");
            data.Add(Commit, RawJson.Without(CommitBody, "receiptNo"), "receiptNo");
            data.Add(Commit, RawJson.With(CommitBody, "receiptNo", "\"R 0001\""), "receiptNo");
            data.Add(Commit, RawJson.With(CommitBody, "payments", """[{"method":"gold_bars","amount":10.00}]"""), "payments[0].method");
            data.Add(Commit, RawJson.With(CommitBody, "payments", """[{"method":"cash","amount":10.001}]"""), "payments[0].amount");
            data.Add(Quote, RawJson.With(QuoteBody, "lines", """[{"sku":"TEA","quantity":0,"unitPrice":10.00}]"""), "lines[0].quantity");
            data.Add(Quote, RawJson.With(QuoteBody, "lines", """[{"sku":"TEA","quantity":1,"unitPrice":10.001}]"""), "lines[0].unitPrice");
            data.Add(Quote, RawJson.With(QuoteBody, "lines", "[]"), "lines");
            data.Add(Quote, RawJson.Without(QuoteBody, "code"), "code");
            return data;
        }
    }

    public static TheoryData<string, string, string> Unreadable => new()
    {
        { Commit, RawJson.With(CommitBody, "lines", """[{"sku":"TEA","quantity":"one","unitPrice":10.00}]"""), "lines[0].quantity" },
        { Quote, RawJson.With(QuoteBody, "pointsUsed", "\"lots\""), "pointsUsed" },
    };

    public static TheoryData<string, string> ReturnsRejectedByValidation => new()
    {
        { """{"lines":[{"lineNo":1,"quantity":0}]}""", "lines[0].quantity" },
        { """{"lines":[{"lineNo":1,"quantity":-1}]}""", "lines[0].quantity" },
        { """{"lines":[{"lineNo":1,"quantity":1.2345}]}""", "lines[0].quantity" },
        { """{"lines":[{"quantity":1}]}""", "lines[0].lineNo" },
        { """{"lines":[]}""", "lines" },
        { """{"lines":[{"lineNo":1,"quantity":1},{"lineNo":1,"quantity":1}]}""", "lines" },
    };
}
