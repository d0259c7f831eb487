namespace MemberCard.WeChatSimulator.Tests;

using System.Text.Json;
using MemberCard.WeChatSimulator.Tests.Support;

public sealed class CardEndpointsTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;
    private string _token = null!;

    private string CardId => _sim.Settings.CardId;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        _token = await _sim.OfficialAccountTokenAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Activate_WhenCardIsInThePackage_StoresMembershipNumberBonusAndTier()
    {
        var code = await _sim.CreateCardAsync(outerStr: "app-1");

        var errcode = await ActivateAsync(code, "M000123", 100);

        errcode.ShouldBe(0);
        var card = _sim.State.GetCard(code).ShouldNotBeNull();
        card.Activated.ShouldBeTrue();
        card.MembershipNumber.ShouldBe("M000123");
        card.Bonus.ShouldBe(100);
        card.CustomFieldValue1.ShouldBe("Silver");
        card.OuterStr.ShouldBe("app-1");
    }

    [Fact]
    public async Task Activate_WhenCalledAgain_StaysOkAndRecordsBothActivations()
    {
        var code = await _sim.CreateCardAsync();
        await ActivateAsync(code, "M000123", 100);

        var errcode = await ActivateAsync(code, "M000123", 100);

        errcode.ShouldBe(0);
        _sim.State.GetCard(code)!.Activations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Activate_WhenCodeIsUnknown_Answers40056()
    {
        var code = "000000000000";

        var errcode = await ActivateAsync(code, "M1", 0);

        errcode.ShouldBe(40056);
    }

    [Fact]
    public async Task Activate_WhenCardIdIsWrong_Answers40056()
    {
        var code = await _sim.CreateCardAsync();

        var errcode = await _sim.ErrCodeAsync(Path("/card/membercard/activate"), new { code, card_id = "pOtherCard", membership_number = "M1" });

        errcode.ShouldBe(40056);
    }

    [Fact]
    public async Task UpdateUser_WhenGivenAbsoluteBonus_SetsItAndRecordsTheCall()
    {
        var code = await _sim.CreateCardAsync();
        await ActivateAsync(code, "M1", 100);

        var first = await UpdateUserAsync(new { code, card_id = CardId, bonus = 250, record_bonus = "购物积分", custom_field_value1 = "Gold", notify_optional = new { is_notify_bonus = true } });
        var retried = await UpdateUserAsync(new { code, card_id = CardId, bonus = 250, record_bonus = "购物积分" });

        first.GetProperty("result_bonus").GetInt64().ShouldBe(250);
        first.GetProperty("openid").GetString().ShouldBe("oOfficial1");
        retried.GetProperty("result_bonus").GetInt64().ShouldBe(250);
        var card = _sim.State.GetCard(code)!;
        card.Bonus.ShouldBe(250);
        card.CustomFieldValue1.ShouldBe("Gold");
        card.Updates.Count.ShouldBe(2);
        card.Updates[0].RecordBonus.ShouldBe("购物积分");
        card.Updates[0].AddBonus.ShouldBeNull();
        card.Updates[0].NotifyOptional!.Value.GetProperty("is_notify_bonus").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task UpdateUser_WhenGivenAddBonus_AddsItAndRecordsTheDelta()
    {
        var code = await _sim.CreateCardAsync();
        await ActivateAsync(code, "M1", 100);

        var answer = await UpdateUserAsync(new { code, card_id = CardId, add_bonus = 30 });

        answer.GetProperty("result_bonus").GetInt64().ShouldBe(130);
        _sim.State.GetCard(code)!.Updates.ShouldHaveSingleItem().AddBonus.ShouldBe(30);
    }

    [Fact]
    public async Task UpdateUser_WhenCodeIsUnknown_Answers40056()
    {
        var code = "000000000000";

        var answer = await UpdateUserAsync(new { code, card_id = CardId, bonus = 1 });

        answer.GetProperty("errcode").GetInt32().ShouldBe(40056);
    }

    [Fact]
    public async Task UpdateUser_WhenCodeWasMadeUnavailable_Answers40127()
    {
        var code = await _sim.CreateCardAsync();
        await ActivateAsync(code, "M1", 100);
        var unavailable = await _sim.ErrCodeAsync(Path("/card/code/unavailable"), new { code, card_id = CardId, reason = "reissued" });

        var answer = await UpdateUserAsync(new { code, card_id = CardId, bonus = 1 });

        unavailable.ShouldBe(0);
        answer.GetProperty("errcode").GetInt32().ShouldBe(40127);
        var card = _sim.State.GetCard(code)!;
        card.Status.ShouldBe("UNAVAILABLE");
        card.Bonus.ShouldBe(100);
    }

    [Fact]
    public async Task Unavailable_WhenAppliedTwice_AnswersTheSecondWith40127()
    {
        var code = await _sim.CreateCardAsync();
        await _sim.ErrCodeAsync(Path("/card/code/unavailable"), new { code, card_id = CardId });

        var errcode = await _sim.ErrCodeAsync(Path("/card/code/unavailable"), new { code, card_id = CardId });

        errcode.ShouldBe(40127);
    }

    [Fact]
    public async Task UpdateUser_WhenOverThePerSecondLimit_Answers45011()
    {
        var code = await _sim.CreateCardAsync();
        await _sim.PostAsync("/_sim/limits", new { updateUserPerSecond = 2 });
        var body = new { code, card_id = CardId, bonus = 5 };

        var answers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await UpdateUserAsync(body)).GetProperty("errcode").GetInt32());
        }

        answers.ShouldBe([0, 0, 45011]);
    }

    [Fact]
    public async Task UserInfo_WhenFormWasSubmitted_ReturnsCardStateAndFormFields()
    {
        var code = await _sim.CreateCardAsync();
        await _sim.PostAsync($"/_sim/cards/{code}/form", new { mobile = "13800000000", name = "李雷", birthday = "1990-05-01", favourite = "tea" });
        await ActivateAsync(code, "M77", 10);

        var info = await _sim.PostAsync(Path("/card/membercard/userinfo/get"), new { card_id = CardId, code });

        info.GetProperty("errcode").GetInt32().ShouldBe(0);
        info.GetProperty("openid").GetString().ShouldBe("oOfficial1");
        info.GetProperty("bonus").GetInt64().ShouldBe(10);
        info.GetProperty("membership_number").GetString().ShouldBe("M77");
        info.GetProperty("user_card_status").GetString().ShouldBe("NORMAL");
        info.GetProperty("has_active").GetBoolean().ShouldBeTrue();
        var common = Fields(info.GetProperty("user_info").GetProperty("common_field_list"));
        common.ShouldBe(new Dictionary<string, string>
        {
            ["USER_FORM_INFO_FLAG_MOBILE"] = "13800000000",
            ["USER_FORM_INFO_FLAG_NAME"] = "李雷",
            ["USER_FORM_INFO_FLAG_BIRTHDAY"] = "1990-05-01",
        });
        Fields(info.GetProperty("user_info").GetProperty("custom_field_list")).ShouldBe(new Dictionary<string, string> { ["favourite"] = "tea" });
    }

    [Fact]
    public async Task UserInfo_WhenUserRemovedTheCard_ReportsDelete()
    {
        var code = await _sim.CreateCardAsync();
        await _sim.PostAsync($"/_sim/cards/{code}/events/user_del_card");

        var info = await _sim.PostAsync(Path("/card/membercard/userinfo/get"), new { card_id = CardId, code });

        info.GetProperty("user_card_status").GetString().ShouldBe("DELETE");
    }

    [Fact]
    public async Task DecryptCode_WhenEncryptCodeCameFromTheCard_ReturnsTheCode()
    {
        var card = await _sim.PostAsync("/_sim/cards", new { openid = "oOfficial2" });

        var answer = await _sim.PostAsync(Path("/card/code/decrypt"), new { encrypt_code = card.GetProperty("encryptCode").GetString() });

        answer.GetProperty("code").GetString().ShouldBe(card.GetProperty("code").GetString());
    }

    [Fact]
    public async Task DecryptCode_WhenEncryptCodeIsUnknown_Answers40056()
    {
        var body = new { encrypt_code = "enc_999999999999" };

        var errcode = await _sim.ErrCodeAsync(Path("/card/code/decrypt"), body);

        errcode.ShouldBe(40056);
    }

    [Fact]
    public async Task ActivateTempInfo_WhenTicketCameWithTheForm_ReturnsTheSubmittedFields()
    {
        var code = await _sim.CreateCardAsync();
        var form = await _sim.PostAsync($"/_sim/cards/{code}/form", new { mobile = "13800000001", name = "韩梅梅" });

        var answer = await _sim.PostAsync(Path("/card/membercard/activatetempinfo/get"), new { activate_ticket = form.GetProperty("activateTicket").GetString() });

        answer.GetProperty("errcode").GetInt32().ShouldBe(0);
        Fields(answer.GetProperty("info").GetProperty("common_field_list")).ShouldBe(new Dictionary<string, string>
        {
            ["USER_FORM_INFO_FLAG_MOBILE"] = "13800000001",
            ["USER_FORM_INFO_FLAG_NAME"] = "韩梅梅",
        });
    }

    [Fact]
    public async Task ActivateTempInfo_WhenTicketIsUnknown_Answers40029()
    {
        var body = new { activate_ticket = "never-issued" };

        var errcode = await _sim.ErrCodeAsync(Path("/card/membercard/activatetempinfo/get"), body);

        errcode.ShouldBe(40029);
    }

    private static Dictionary<string, string> Fields(JsonElement list) =>
        list.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("value").GetString()!);

    private string Path(string endpoint) => $"{endpoint}?access_token={_token}";

    private Task<int> ActivateAsync(string code, string membershipNumber, long initBonus) =>
        _sim.ErrCodeAsync(Path("/card/membercard/activate"), new
        {
            code,
            card_id = CardId,
            membership_number = membershipNumber,
            init_bonus = initBonus,
            init_custom_field_value1 = "Silver",
        });

    private Task<JsonElement> UpdateUserAsync(object body) => _sim.PostAsync(Path("/card/membercard/updateuser"), body);
}
