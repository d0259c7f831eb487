namespace MemberCard.Api.Auth;

using System.Security.Claims;
using MemberCard.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

public sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options, SymmetricSecurityKey key, TimeProvider clock) : IAccessTokenIssuer
{
    public AccessToken IssueForShopper(string openId, string? unionId)
    {
        var jwt = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, openId),
            new(AuthConstants.KindClaim, AuthConstants.ShopperKind),
        };
        if (unionId is not null)
        {
            claims.Add(new Claim(AuthConstants.UnionIdClaim, unionId));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(jwt.LifetimeMinutes),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, jwt.LifetimeMinutes * 60);
    }
}
