namespace MemberCard.Api.Auth;

public static class AuthConstants
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "Bearer";
    public const string SelectorScheme = "ApiKeyOrBearer";
    public const string ApiKeyHeader = "X-Api-Key";

    public const string KindClaim = "kind";
    public const string BranchClaim = "branch_id";
    public const string KeyIdClaim = "key_id";
    public const string UnionIdClaim = "unionid";

    public const string ShopperKind = "shopper";
    public const string BranchKind = "branch";
    public const string HeadOfficeKind = "hq";

    public const string ShopperPolicy = "Shopper";
    public const string BranchPolicy = "BranchStaff";
    public const string HeadOfficePolicy = "HeadOffice";
}
