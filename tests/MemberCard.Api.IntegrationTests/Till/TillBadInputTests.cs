namespace MemberCard.Api.IntegrationTests.Till;

using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>What the till sends wrong is refused with a problem naming the field, and nothing is written.</summary>
public sealed class TillBadInputTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    [Theory]
    [MemberData(nameof(TillBadInputCases.RejectedByValidation), MemberType = typeof(TillBadInputCases))]
    public async Task QuoteOrCommit_WhenOneFieldIsInvalid_Returns400NamingTheFieldAndWritesNothing(string route, string body, string field)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostRawAsync(route, body.Replace(TillBadInputCases.Card, member.CardNumber, StringComparison.Ordinal));

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(TillBadInputCases.Unreadable), MemberType = typeof(TillBadInputCases))]
    public async Task QuoteOrCommit_WhenAFieldHasTheWrongJsonType_Returns400BodyInvalidNamingTheFieldAndWritesNothing(string route, string body, string field)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostRawAsync(route, body.Replace(TillBadInputCases.Card, member.CardNumber, StringComparison.Ordinal));

        await response.ShouldBeUnreadableBodyAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(TillBadInputCases.ReturnsRejectedByValidation), MemberType = typeof(TillBadInputCases))]
    public async Task Return_WhenOneFieldIsInvalid_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 2, 25.00m)]);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostRawAsync(ReturnRoute("R-0001"), body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
