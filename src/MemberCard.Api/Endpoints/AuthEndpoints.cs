namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Application.Auth.WeChatLogin;
using Microsoft.AspNetCore.Http.HttpResults;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth").AllowAnonymous();
        group.MapPost("/wechat/login", LoginAsync).WithName("WeChatLogin");
        return app;
    }

    private static async Task<Ok<LoginResult>> LoginAsync(LoginRequest request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new WeChatLoginCommand(request.Code), ct));
}
