namespace MemberCard.Api.Auth;

using System.Security.Claims;
using System.Text.Encodings.Web;
using MemberCard.Application.ApiKeys.Common;
using MemberCard.Domain.ApiKeys;
using MemberCard.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>Authenticates <c>X-Api-Key</c> by the hash of its secret; a revoked or unknown key fails.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, MemberCardDbContext db, ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const int MaxKeyLength = 200;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthConstants.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = values.ToString().Trim();
        if (secret.Length is 0 or > MaxKeyLength)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var hash = ApiKeySecret.Hash(secret);
        if (!cache.TryGet(hash, out var key))
        {
            var found = await db.ApiKeys.AsNoTracking()
                .Where(k => k.Hash == hash && k.RevokedAt == null)
                .Select(k => new VerifiedKey(k.Id, k.Role, k.BranchId))
                .SingleOrDefaultAsync(Context.RequestAborted);
            if (found is null)
            {
                return AuthenticateResult.Fail("Unknown or revoked API key.");
            }

            cache.Remember(hash, found);
            key = found;
        }

        var claims = new List<Claim>
        {
            new(AuthConstants.KeyIdClaim, key.Id.ToString()),
            new(AuthConstants.KindClaim, key.Role == ApiKeyRole.HeadOffice ? AuthConstants.HeadOfficeKind : AuthConstants.BranchKind),
        };
        if (key.BranchId is { } branchId)
        {
            claims.Add(new Claim(AuthConstants.BranchClaim, branchId.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
