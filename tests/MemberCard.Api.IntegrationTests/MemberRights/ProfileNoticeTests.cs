namespace MemberCard.Api.IntegrationTests.MemberRights;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ProfileNoticeTests(MemberCardApiFactory factory) : MemberRightsTestBase(factory)
{
    [Fact]
    public async Task UpdateProfile_WhenChangesAreApplied_TellsTheMemberWhichFieldsChangedWithoutTheirValues()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_notice", "13800138030", "陈小明");

        var response = await member.Shopper.PatchAsJsonAsync("/api/v1/me/profile", new { address = "上海市徐汇区漕溪北路88号", email = "new@example.com" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var notices = await NoticesAsync(member.MemberId);
        notices.Select(n => n["template"]!.GetValue<string>()).ShouldBe(["profile.updated"]);
        notices[0]["data"]!["fields"]!.GetValue<string>().ShouldBe("address,email");
        notices[0].ToJsonString().ShouldNotContain("example.com");
        notices[0].ToJsonString().ShouldNotContain("漕溪");
    }

    [Fact]
    public async Task UpdateProfile_WhenOnlyANewPhoneIsRequested_SendsNothingUntilItIsVerified()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_phone", "13800138031", "陈小明");

        var requested = await member.Shopper.PatchAsJsonAsync("/api/v1/me/profile", new { phone = "13900139031" });
        var noticesWhilePending = await NoticesAsync(member.MemberId);
        var verified = await member.Shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "dev:13900139031" });

        requested.StatusCode.ShouldBe(HttpStatusCode.OK, await requested.Content.ReadAsStringAsync());
        (await ReadJsonAsync(requested))["phoneVerificationRequired"]!.GetValue<bool>().ShouldBeTrue();
        noticesWhilePending.ShouldBeEmpty();
        verified.StatusCode.ShouldBe(HttpStatusCode.OK, await verified.Content.ReadAsStringAsync());
        var notices = await NoticesAsync(member.MemberId);
        notices.Select(n => n["template"]!.GetValue<string>()).ShouldBe(["profile.phone_verified"]);
        notices[0].ToJsonString().ShouldNotContain("13900139031");
        notices[0].ToJsonString().ShouldNotContain("9031");
    }

    [Fact]
    public async Task BindPhone_WhenTheSamePhoneIsConfirmed_SendsNoNotice()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_same", "13800138032", "陈小明");

        var verified = await member.Shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "dev:" + member.Phone });

        verified.StatusCode.ShouldBe(HttpStatusCode.OK, await verified.Content.ReadAsStringAsync());
        (await NoticesAsync(member.MemberId)).ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<JsonObject>> NoticesAsync(Guid memberId) =>
        (await RowsAsync("SELECT payload FROM membercard.outbox_messages WHERE member_id = @id AND kind = 'notification.send' ORDER BY id", ("id", memberId)))
            .Select(p => JsonNode.Parse(p)!.AsObject())
            .ToList();
}
