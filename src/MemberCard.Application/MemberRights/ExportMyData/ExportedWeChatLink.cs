namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>Which WeChat identities are linked to the membership; the identifiers themselves stay with us.</summary>
public sealed record ExportedWeChatLink(bool MiniProgramLinked, bool OfficialAccountLinked, bool UnionIdLinked, int CardsInWeChatPackage);
