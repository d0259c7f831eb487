namespace MemberCard.Domain.ApiKeys;

public enum ApiKeyRole
{
    Branch,
    HeadOffice,
}
