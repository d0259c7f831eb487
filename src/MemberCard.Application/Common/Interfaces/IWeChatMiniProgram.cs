namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Members;

/// <summary>The mini-program side of WeChat: login codes and verified phone numbers.</summary>
public interface IWeChatMiniProgram
{
    /// <summary>Exchanges a login code; throws <see cref="Exceptions.InvalidInputException"/> for a code WeChat refuses.</summary>
    Task<WeChatSession> ExchangeLoginCodeAsync(string code, CancellationToken cancellationToken);

    /// <summary>The phone number WeChat verified for a <c>getPhoneNumber</c> code.</summary>
    Task<PhoneNumber> GetVerifiedPhoneAsync(string phoneCode, CancellationToken cancellationToken);
}
