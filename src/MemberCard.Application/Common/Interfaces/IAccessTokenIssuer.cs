namespace MemberCard.Application.Common.Interfaces;

public interface IAccessTokenIssuer
{
    AccessToken IssueForShopper(string openId, string? unionId);
}
