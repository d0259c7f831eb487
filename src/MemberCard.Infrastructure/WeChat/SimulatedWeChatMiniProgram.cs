namespace MemberCard.Infrastructure.WeChat;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;

/// <summary>
/// Stands in for WeChat in development and tests: a login code <c>dev:&lt;openid&gt;</c> logs in as that
/// openid, a phone code <c>dev:&lt;mobile&gt;</c> verifies that mobile. Registered only when
/// <c>WeChat:Mode=Simulated</c>.
/// </summary>
internal sealed class SimulatedWeChatMiniProgram : IWeChatMiniProgram
{
    private const string Prefix = "dev:";

    public Task<WeChatSession> ExchangeLoginCodeAsync(string code, CancellationToken cancellationToken)
    {
        var openId = Strip(code, "code");
        if (openId.Length > WeChatIdentity.IdMaxLength || !openId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new InvalidInputException("code", "wechat.code_invalid", "WeChat did not accept the login code.");
        }

        return Task.FromResult(new WeChatSession(openId, null));
    }

    public Task<PhoneNumber> GetVerifiedPhoneAsync(string phoneCode, CancellationToken cancellationToken)
    {
        var raw = Strip(phoneCode, "phoneCode");
        return PhoneNumber.TryCreate(raw, out var phone)
            ? Task.FromResult(phone)
            : throw new InvalidInputException("phoneCode", "wechat.code_invalid", "WeChat did not accept the phone code.");
    }

    private static string Strip(string code, string field) =>
        code.StartsWith(Prefix, StringComparison.Ordinal) && code.Length > Prefix.Length
            ? code[Prefix.Length..]
            : throw new InvalidInputException(field, "wechat.code_invalid", "WeChat did not accept the code.");
}
