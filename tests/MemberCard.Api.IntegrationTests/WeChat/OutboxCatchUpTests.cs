namespace MemberCard.Api.IntegrationTests.WeChat;

using System.Diagnostics;
using MemberCard.Api.IntegrationTests.Faults;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.WeChatSimulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Catching up after an outage. After WeChat's, the card updates that failed wait in back-off; the first update
/// WeChat accepts again makes them due at once instead of after delays that grew during the outage. After the
/// database's, a batch cut short is due as soon as the database is back, not when its lease runs out. The clock
/// stands still in these tests, so nothing is delivered because a back-off or a lease ran out.
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

    /// <summary>
    /// The database goes away while the first of a batch of syncs is with WeChat: recording it fails and the
    /// dispatch ends with the whole batch claimed. The claims used to wait out their lease (2 minutes; in the fault
    /// run, the last sync queued before a PostgreSQL restart went out a minute after WeChat had recovered).
    /// </summary>
    [Fact]
    public async Task Dispatch_WhenTheDatabaseWentAwayMidBatch_DeliversTheBatchOnceItIsBackWithoutWaitingOutTheLease()
    {
        var (branch, members) = await MembersInWeChatAsync(3);
        Factory.Clock.SetUtcNow(Factory.Clock.GetUtcNow());
        foreach (var member in members)
        {
            await BuyAsync(branch, member.CardNumber, 120m);
        }

        await using var proxy = new DatabaseProxy();
        await using var api = Factory.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:MemberCard", proxy.Route(Factory.ConnectionString)));
        var dispatcher = api.Services.GetRequiredService<IOutboxDispatcher>();
        WeChat.SetFault(new FaultRule(FaultMode.Slow, LatencyMs: 1500, Count: 1));
        var cutShort = dispatcher.DispatchDueAsync(CancellationToken.None);
        await WaitForLeasesAsync(members.Length);
        proxy.Cut();
        await Should.ThrowAsync<Exception>(cutShort);
        var leasedWhileCut = await CountAsync("SELECT count(*) FROM membercard.outbox_messages WHERE status = 'Pending' AND lease_until IS NOT NULL");
        proxy.Restore();

        var handled = await dispatcher.DispatchDueAsync(CancellationToken.None);

        leasedWhileCut.ShouldBe(members.Length);
        handled.ShouldBe(members.Length);
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
        (await SyncAttemptsAsync()).ShouldBe([2, 1, 1]);
        foreach (var member in members)
        {
            WeChat.GetCard(member.Code)!.Bonus.ShouldBe(await BalanceAsync(member.MemberId));
        }
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

    /// <summary>Waits (bounded) until a dispatch has claimed <paramref name="count"/> messages.</summary>
    private async Task WaitForLeasesAsync(int count)
    {
        var waited = Stopwatch.StartNew();
        while (await CountAsync("SELECT count(*) FROM membercard.outbox_messages WHERE lease_until IS NOT NULL") < count)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the dispatch never claimed the syncs");
            await Task.Delay(20);
        }
    }

    /// <summary>Attempts counted on each card sync, oldest first: the one sent and the ones never started.</summary>
    private async Task<List<int>> SyncAttemptsAsync()
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT attempts FROM membercard.outbox_messages WHERE kind = @sync ORDER BY id";
        command.Parameters.AddWithValue("sync", WeChatOutboxKinds.CardSync);
        await using var reader = await command.ExecuteReaderAsync();
        var attempts = new List<int>();
        while (await reader.ReadAsync())
        {
            attempts.Add(reader.GetInt32(0));
        }

        return attempts;
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
