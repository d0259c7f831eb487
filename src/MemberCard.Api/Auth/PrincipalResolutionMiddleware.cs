namespace MemberCard.Api.Auth;

using MemberCard.Application.Common.Security;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

/// <summary>
/// Turns the authenticated user into the scoped <see cref="CurrentPrincipal"/> that feeds the query filters.
/// A shopper's member is looked up by openid on each request, so a card applied for a moment ago, or an
/// exit, takes effect without a new token.
/// </summary>
public sealed class PrincipalResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentPrincipal principal, MemberCardDbContext db)
    {
        var user = context.User;
        switch (user.FindFirst(AuthConstants.KindClaim)?.Value)
        {
            case AuthConstants.HeadOfficeKind:
                principal.SetHeadOffice(user.FindFirst(AuthConstants.KeyIdClaim)!.Value);
                break;
            case AuthConstants.BranchKind:
                principal.SetBranch(new BranchId(Guid.Parse(user.FindFirst(AuthConstants.BranchClaim)!.Value)), user.FindFirst(AuthConstants.KeyIdClaim)!.Value);
                break;
            case AuthConstants.ShopperKind when user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { } openId:
                principal.SetShopper(openId, user.FindFirst(AuthConstants.UnionIdClaim)?.Value);
                var memberId = await db.Members.IgnoreQueryFilters()
                    .Where(m => m.MiniProgramOpenId == openId && m.Status == MemberStatus.Active)
                    .Select(m => (MemberId?)m.Id)
                    .SingleOrDefaultAsync(context.RequestAborted);
                if (memberId is { } id)
                {
                    principal.SetShopperMember(id);
                }

                break;
        }

        await next(context);
    }
}
