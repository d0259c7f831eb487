namespace MemberCard.WeChatSimulator.Model;

/// <summary>An activation form field; WeChat's own fields are named <c>USER_FORM_INFO_FLAG_*</c>, the rest are custom.</summary>
internal sealed record FormField(string Name, string Value)
{
    public const string CommonPrefix = "USER_FORM_INFO_FLAG_";

    public bool IsCommon => Name.StartsWith(CommonPrefix, StringComparison.Ordinal);
}
