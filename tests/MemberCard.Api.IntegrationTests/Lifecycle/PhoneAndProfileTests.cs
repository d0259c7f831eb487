namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class PhoneAndProfileTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task BindPhone_WhenWeChatVerifiesThePhoneOnFile_MarksItVerified()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");

        var response = await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "dev:13900000001" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var member = await ReadJsonAsync(response);
        member["phoneVerified"]!.GetValue<bool>().ShouldBeTrue();
        Str(member, "phone").ShouldBe("13900000001");
        var mine = await GetOkAsync(shopper, "/api/v1/me/card");
        mine["member"]!["phoneVerified"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task BindPhone_WhenPhoneBelongsToAnotherMember_Returns422AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        await ApplyOfflineAsync(branch, "13800138000");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "dev:13800138000" });

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.phone_taken");
        problem["errors"]!["phoneCode"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task BindPhone_WhenCodeIsNotAWeChatPhoneCode_Returns400AndChangesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "13900000001" });

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "wechat.code_invalid");
        problem["errors"]!["phoneCode"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task UpdateProfile_WhenNameAddressAndEmailChange_AppliesThemAtOnce()
    {
        var home = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        var card = await ApplyOnlineOkAsync(shopper, "13900000001");

        var response = await shopper.PatchAsJsonAsync("/api/v1/me/profile", new
        {
            name = "李四新",
            address = "上海市徐汇区漕溪北路88号",
            email = "new@example.com",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await ReadJsonAsync(response);
        result["phoneVerificationRequired"]!.GetValue<bool>().ShouldBeFalse();
        var member = await GetMemberAsync(home.Client, Str(card, "memberId"));
        Str(member, "name").ShouldBe("李四新");
        Str(member, "address").ShouldBe("上海市徐汇区漕溪北路88号");
        Str(member, "email").ShouldBe("new@example.com");
        Str(member, "phone").ShouldBe("13900000001");
        Str(member, "birthDate").ShouldBe("1988-02-29");
        member["pendingPhone"].ShouldBeNull();
    }

    [Fact]
    public async Task UpdateProfile_WhenPhoneChanges_KeepsOldPhoneUntilWeChatVerifiesTheNewOne()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");

        var change = await shopper.PatchAsJsonAsync("/api/v1/me/profile", new { phone = "13700000009" });

        change.StatusCode.ShouldBe(HttpStatusCode.OK, await change.Content.ReadAsStringAsync());
        var result = await ReadJsonAsync(change);
        result["phoneVerificationRequired"]!.GetValue<bool>().ShouldBeTrue();
        Str(result["member"], "phone").ShouldBe("13900000001");
        Str(result["member"], "pendingPhone").ShouldBe("13700000009");
        var pending = (await GetOkAsync(shopper, "/api/v1/me/card"))["member"];
        Str(pending, "phone").ShouldBe("13900000001");
        Str(pending, "pendingPhone").ShouldBe("13700000009");
        var verify = await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "dev:13700000009" });
        verify.StatusCode.ShouldBe(HttpStatusCode.OK, await verify.Content.ReadAsStringAsync());
        var done = (await GetOkAsync(shopper, "/api/v1/me/card"))["member"];
        Str(done, "phone").ShouldBe("13700000009");
        done!["pendingPhone"].ShouldBeNull();
        done["phoneVerified"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task UpdateProfile_WhenNewPhoneBelongsToAnotherMember_Returns422AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        await ApplyOfflineAsync(branch, "13800138000");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PatchAsJsonAsync("/api/v1/me/profile", new { phone = "13800138000" });

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.phone_taken");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task UpdateProfile_WhenBodyNamesNoField_Returns400AndChangesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PatchAsJsonAsync("/api/v1/me/profile", new { });

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        problem["errors"]!["body"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }
}
