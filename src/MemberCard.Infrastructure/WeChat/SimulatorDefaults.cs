namespace MemberCard.Infrastructure.WeChat;

using MemberCard.Infrastructure.WeChat.Client;
using Microsoft.Extensions.Configuration;

/// <summary>
/// The identities the local WeChat simulator (tools/MemberCard.WeChatSimulator) answers to. Not secrets: they
/// exist only on a developer's machine, and only <c>WeChat:Mode=Simulated</c> ever falls back to them.
/// </summary>
internal static class SimulatorDefaults
{
    public const string BaseAddress = "http://127.0.0.1:5199";

    public static void FillIn(WeChatClientSettings settings, IConfigurationSection configured)
    {
        if (string.IsNullOrWhiteSpace(configured["BaseAddress"]))
        {
            settings.BaseAddress = BaseAddress;
        }

        settings.MiniProgram.AppId = Or(settings.MiniProgram.AppId, "wxmini0000000000");
        settings.MiniProgram.AppSecret = Or(settings.MiniProgram.AppSecret, "mini-secret");
        settings.OfficialAccount.AppId = Or(settings.OfficialAccount.AppId, "wxoffi0000000000");
        settings.OfficialAccount.AppSecret = Or(settings.OfficialAccount.AppSecret, "offi-secret");
        settings.OfficialAccount.CardId = Or(settings.OfficialAccount.CardId, "pSimulatorCard0000000000000");
        settings.OfficialAccount.Token = Or(settings.OfficialAccount.Token, "simtoken");
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
