namespace MemberCard.Api.IntegrationTests.WeChat;

using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.WeChatSimulator;

/// <summary>
/// After a WeChat outage the card updates that failed wait in back-off; the first update WeChat accepts again
/// makes them due at once instead of after delays that grew during the outage. The clock stands still in these
/// tests, so nothing is delivered because its back-off ran out.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OutboxCatchUpTests(MemberCardApiFactory factory) : WeChatTestBase(factory)
{
    [Fact]
    public async Task Dispatch_WhenADeliverySucceedsAfterAnOutage_DeliversTheMessagesWaitingInBackOffWithoutWaiting()
    {
        var (branch, members) = await MembersInWeChatAsync(4);
        var (waiting, fresh) = (members[..3], members[3]);
        Factory.Clock.SetUtcNow(Factory.Clock.GetUtcNow());
        WeChat.SetFault(new FaultRule(FaultMode.Down));
        foreach (var member in waiting)
        {
            await BuyAsync(branch, member.CardNumber, 120m);
        }

        await DispatchAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(15));
        await DispatchAsync();
        var backedOff = await PendingSyncsAsync();
        WeChat.SetFault(new FaultRule(FaultMode.None));
        await BuyAsync(branch, fresh.CardNumber, 80m);

        await DispatchAsync();

        backedOff.Count.ShouldBe(3);
        backedOff.ShouldAllBe(m => m.Attempts == 2 && m.NextAttemptAt > Factory.Clock.GetUtcNow());
        (await PendingSyncsAsync()).ShouldBeEmpty();
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
        foreach (var member in members)
        {
            var card = WeChat.GetCard(member.Code)!;
            card.Bonus.ShouldBe(await BalanceAsync(member.MemberId));
            card.Bonus.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Dispatch_WhenWeChatIsStillDown_LeavesTheOtherMessagesBackOffAsItWas()
    {
        var (branch, members) = await MembersInWeChatAsync(3);
        Factory.Clock.SetUtcNow(Factory.Clock.GetUtcNow());
        WeChat.SetFault(new FaultRule(FaultMode.Down));
        await BuyAsync(branch, members[0].CardNumber, 120m);
        await BuyAsync(branch, members[1].CardNumber, 130m);
        await DispatchAsync();
        var before = await PendingSyncsAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await BuyAsync(branch, members[2].CardNumber, 140m);

        await DispatchAsync();

        var after = await PendingSyncsAsync();
        before.Count.ShouldBe(2);
        after.Take(2).ShouldBe(before);
        var failedNow = after.Single(m => m.Attempts == 1 && !before.Any(b => b.Id == m.Id));
        failedNow.NextAttemptAt.ShouldBeGreaterThan(Factory.Clock.GetUtcNow());
        members.ShouldAllBe(m => WeChat.GetCard(m.Code)!.Bonus == 0);
    }

    /// <summary>Members whose cards are in the shopper's WeChat card package, activated there (the outbox is empty after).</summary>
    private async Task<(TestBranch Branch, (string CardNumber, string Code, Guid MemberId)[] Members)> MembersInWeChatAsync(int count)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var members = new (string, string, Guid)[count];
        for (var i = 0; i < count; i++)
        {
            var (_, cardNumber, memberId) = await OnlineMemberAsync($"mini-catch-{i}", $"1380013820{i}", "SZ001");
            var code = await AddToCardPackageAsync($"oa-catch-{i}", outerStr: cardNumber);
            await ActivateAtBranchAsync(branch, cardNumber);
            members[i] = (cardNumber, code, memberId);
        }

        await DispatchAsync();
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
        return (branch, members);
    }

    private async Task<List<(long Id, int Attempts, DateTimeOffset NextAttemptAt)>> PendingSyncsAsync()
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, attempts, next_attempt_at FROM membercard.outbox_messages WHERE status = 'Pending' ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, int, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return rows;
    }
}
