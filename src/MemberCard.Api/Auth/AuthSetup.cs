namespace MemberCard.Api.Auth;

using System.Security.Cryptography;
using System.Text;
using MemberCard.Api.ErrorHandling;
using MemberCard.Application.Common.Interfaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

public static class AuthSetup
{
    public static IServiceCollection AddMemberCardAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var key = SigningKey(jwt, environment);
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton(key);
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddMemoryCache();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<ICredentialCache>(sp => sp.GetRequiredService<ApiKeyCache>());

        services.AddAuthentication(AuthConstants.SelectorScheme)
            .AddPolicyScheme(AuthConstants.SelectorScheme, "API key or bearer token", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Headers.ContainsKey(AuthConstants.ApiKeyHeader)
                    ? AuthConstants.ApiKeyScheme
                    : AuthConstants.BearerScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthConstants.ApiKeyScheme, null)
            .AddJwtBearer(AuthConstants.BearerScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKey = key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                };

                // The signing key only ever signs shopper logins: a token claiming any other kind is forged, or the
                // key leaked, and must not open branch or head-office routes (those take API keys only).
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (context.Principal?.FindFirst(AuthConstants.KindClaim)?.Value != AuthConstants.ShopperKind)
                        {
                            context.Fail("Bearer tokens are shopper tokens.");
                        }

                        return Task.CompletedTask;
                    },
                };
            });

        // Token lifetimes follow the service's clock, the same one that stamped them.
        services.AddOptions<JwtBearerOptions>(AuthConstants.BearerScheme).Configure<TimeProvider>((o, clock) =>
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                    && expires is not null && expires.Value >= now - parameters.ClockSkew;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthConstants.ShopperPolicy, p => p.RequireClaim(AuthConstants.KindClaim, AuthConstants.ShopperKind))
            .AddPolicy(AuthConstants.BranchPolicy, p => p.RequireClaim(AuthConstants.KindClaim, AuthConstants.BranchKind, AuthConstants.HeadOfficeKind))
            .AddPolicy(AuthConstants.HeadOfficePolicy, p => p.RequireClaim(AuthConstants.KindClaim, AuthConstants.HeadOfficeKind));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    /// <summary>
    /// The signing key comes from the environment. Only a development run without one gets a random key,
    /// which makes tokens die with the process: acceptable there, refused everywhere else.
    /// </summary>
    private static SymmetricSecurityKey SigningKey(JwtOptions jwt, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            var bytes = Encoding.UTF8.GetBytes(jwt.SigningKey);
            return bytes.Length >= 32
                ? new SymmetricSecurityKey(bytes)
                : throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes.");
        }

        return environment.IsDevelopment()
            ? new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32))
            : throw new InvalidOperationException("Jwt:SigningKey is required (set Jwt__SigningKey in the environment).");
    }
}
