namespace MemberCard.Application.Common.WeChat;

/// <summary>
/// The member-card API of the chain's Official Account. Every call throws <see cref="WeChatApiException"/>
/// when WeChat refuses it or cannot be reached.
/// </summary>
public interface IWeChatCards
{
    Task ActivateAsync(WeChatCardActivation activation, CancellationToken cancellationToken);

    /// <summary>Sets the card's absolute points balance and tier; never a delta (a retried delta would count twice).</summary>
    Task UpdateUserAsync(WeChatCardUpdate update, CancellationToken cancellationToken);

    /// <summary>Makes a code unusable for good (card replaced or membership ended). Irreversible.</summary>
    Task MakeUnavailableAsync(string code, string reason, CancellationToken cancellationToken);

    /// <summary>Turns an <c>encrypt_code</c> (activation jump URL, <c>wx.addCard</c> result) into the real code.</summary>
    Task<string> DecryptCodeAsync(string encryptedCode, CancellationToken cancellationToken);

    /// <summary>The card's state in WeChat and the activation form the user submitted.</summary>
    Task<WeChatCardUserInfo> GetUserInfoAsync(string code, CancellationToken cancellationToken);

    /// <summary>The activation form behind an <c>activate_ticket</c> (field name → value).</summary>
    Task<IReadOnlyDictionary<string, string>> GetActivationFormAsync(string activateTicket, CancellationToken cancellationToken);
}
