namespace MemberCard.WeChatSimulator.Endpoints;

using System.Security.Cryptography;
using MemberCard.WeChatSimulator.Model;

/// <summary>WeChat answers errors with HTTP 200 and an errcode; errmsg ends with a request id nobody should parse.</summary>
internal static class WeChatResults
{
    public static IResult Error(int errCode) =>
        Results.Json(new { errcode = errCode, errmsg = $"{ErrCode.Message(errCode)} rid: {Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}" });

    public static IResult Ok() => Results.Json(new { errcode = ErrCode.Ok, errmsg = ErrCode.Message(ErrCode.Ok) });
}
