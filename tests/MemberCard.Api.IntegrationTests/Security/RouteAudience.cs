namespace MemberCard.Api.IntegrationTests.Security;

/// <summary>Who a route is for, by the credential it accepts.</summary>
public enum RouteAudience
{
    Shopper,
    Branch,
    HeadOffice,
}
