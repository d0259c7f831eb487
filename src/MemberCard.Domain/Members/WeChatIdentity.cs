namespace MemberCard.Domain.Members;

/// <summary>
/// The shopper's identities in WeChat: the mini-program openid (login), the Official Account openid
/// (card events) and the unionid that joins them when both apps share an Open Platform account.
/// </summary>
public sealed record WeChatIdentity(string? MiniProgramOpenId, string? UnionId)
{
    public const int IdMaxLength = 64;

    public static WeChatIdentity None { get; } = new(null, null);
}
