namespace MemberCard.Infrastructure.WeChat;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;

/// <summary>
/// Simulated mode only: a login code <c>dev:&lt;openid&gt;</c> logs in as that openid and a phone code
/// <c>dev:&lt;mobile&gt;</c> verifies that mobile without asking anyone; every other code and call goes to the
/// configured WeChat (the local simulator).
/// </summary>
internal sealed class SimulatedWeChatMiniProgram(IWeChatMiniProgram weChat) : IWeChatMiniProgram
{
    private const string Prefix = "dev:";

    public Task<WeChatSession> ExchangeLoginCodeAsync(string code, CancellationToken cancellationToken)
    {
        if (!IsDevCode(code))
        {
            return weChat.ExchangeLoginCodeAsync(code, cancellationToken);
        }

        var openId = code[Prefix.Length..];
        if (openId.Length > WeChatIdentity.IdMaxLength || !openId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new InvalidInputException("code", "wechat.code_invalid", "WeChat did not accept the login code.");
        }

        return Task.FromResult(new WeChatSession(openId, null));
    }

    public Task<PhoneNumber> GetVerifiedPhoneAsync(string phoneCode, CancellationToken cancellationToken)
    {
        if (!IsDevCode(phoneCode))
        {
            return weChat.GetVerifiedPhoneAsync(phoneCode, cancellationToken);
        }

        return PhoneNumber.TryCreate(phoneCode[Prefix.Length..], out var phone)
            ? Task.FromResult(phone)
            : throw new InvalidInputException("phoneCode", "wechat.code_invalid", "WeChat did not accept the phone code.");
    }

    public Task SendSubscribeMessageAsync(
        string openId, string templateId, string? page, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken) =>
        weChat.SendSubscribeMessageAsync(openId, templateId, page, data, cancellationToken);

    private static bool IsDevCode(string code) => code.StartsWith(Prefix, StringComparison.Ordinal) && code.Length > Prefix.Length;
}
