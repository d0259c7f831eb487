namespace MemberCard.Api.ErrorHandling;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

/// <summary>401 and 403 as problem documents, like every other error.</summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var unauthorized = authorizeResult.Challenged;
            var status = unauthorized ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            var code = unauthorized ? "unauthorized" : "forbidden";
            context.Response.StatusCode = status;
            if (unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer, ApiKey header=\"X-Api-Key\"";
            }

            var problem = new ProblemDetails
            {
                Status = status,
                Title = ErrorCatalog.Describe(code, unauthorized ? "Authentication required." : "Forbidden."),
                Detail = ErrorCatalog.Describe(code, unauthorized
                    ? "Send a valid X-Api-Key header or a shopper bearer token."
                    : "Your credentials do not allow this operation."),
            };
            problem.Extensions["code"] = code;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
