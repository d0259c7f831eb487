namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.WeChat;

/// <summary>The WeChat card shows the stored-value balance, absolute and in fen, through the outbox.</summary>
public sealed class StoredValueWeChatTests(MemberCardApiFactory factory) : WeChatTestBase(factory)
{
    [Fact]
    public async Task TopUpAndSpend_WhenTheCardIsInTheWeChatPackage_ShowTheAbsoluteBalanceInFen()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-sv", "13800138000", "SZ001");
        var code = await AddToCardPackageAsync("oa-sv", outerStr: cardNumber);
        await SubmitActivationFormAsync(code, "13800138000");
        await DispatchAsync();

        var topUp = await branch.Client.PostAsJsonAsync("/api/v1/branch/top-ups", new { receiptNo = "TU-1", code = cardNumber, amount = 500.50m });
        topUp.StatusCode.ShouldBe(HttpStatusCode.Created, await topUp.Content.ReadAsStringAsync());
        await DispatchAsync();
        var afterTopUp = WeChat.GetCard(code)!.Balance;
        var sale = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new
        {
            receiptNo = "P-1", code = cardNumber,
            lines = new[] { new { sku = "SALE", quantity = 1, unitPrice = 120.25m, specialPrice = true } },
            payments = new[] { new { method = "stored_value", amount = 120.25m } },
        });
        sale.StatusCode.ShouldBe(HttpStatusCode.Created, await sale.Content.ReadAsStringAsync());
        await DispatchAsync();

        afterTopUp.ShouldBe(50050);
        var card = WeChat.GetCard(code)!;
        card.Balance.ShouldBe(38025);
        card.Updates[^1].Balance.ShouldBe(38025);
        card.Updates.ShouldAllBe(u => u.AddBalance == null);
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
    }

    [Fact]
    public async Task Adjust_WhenHeadOfficeCorrectsTheBalance_ShowsTheNewAbsoluteBalanceInFen()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, memberId) = await OnlineMemberAsync("mini-sv-adj", "13800138001", "SZ001");
        var code = await AddToCardPackageAsync("oa-sv-adj", outerStr: cardNumber);
        await SubmitActivationFormAsync(code, "13800138001");
        await DispatchAsync();
        var topUp = await branch.Client.PostAsJsonAsync("/api/v1/branch/top-ups", new { receiptNo = "TU-ADJ", code = cardNumber, amount = 300m });
        topUp.StatusCode.ShouldBe(HttpStatusCode.Created, await topUp.Content.ReadAsStringAsync());
        await DispatchAsync();

        var adjusted = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/members/{memberId}/stored-value/adjustments",
            new { principal = -50.25m, bonus = 10m, reason = "corrected TU-ADJ" });
        adjusted.StatusCode.ShouldBe(HttpStatusCode.Created, await adjusted.Content.ReadAsStringAsync());
        await DispatchAsync();

        var card = WeChat.GetCard(code)!;
        card.Balance.ShouldBe(25975);
        card.Updates[^1].Balance.ShouldBe(25975);
        card.Updates.ShouldAllBe(u => u.AddBalance == null);
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
    }
}
