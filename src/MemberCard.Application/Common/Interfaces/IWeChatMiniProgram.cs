namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Members;

/// <summary>The mini-program side of WeChat: login codes and verified phone numbers.</summary>
public interface IWeChatMiniProgram
{
    /// <summary>Exchanges a login code; throws <see cref="WeChat.WeChatApiException"/> (kind InvalidCode, RiskyUser, Busy, …) when WeChat refuses it.</summary>
    Task<WeChatSession> ExchangeLoginCodeAsync(string code, CancellationToken cancellationToken);

    /// <summary>The phone number WeChat verified for a <c>getPhoneNumber</c> code.</summary>
    Task<PhoneNumber> GetVerifiedPhoneAsync(string phoneCode, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a subscribe message to a mini-program openid. Throws <see cref="WeChat.WeChatApiException"/>
    /// (kind <see cref="WeChat.WeChatErrorKind.NoSubscription"/> when the user has no acceptance left).
    /// </summary>
    Task SendSubscribeMessageAsync(string openId, string templateId, string? page, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken);
}
