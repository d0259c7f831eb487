namespace MemberCard.Application.Jobs.Common;

using MemberCard.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Work done by the service itself, outside any request: a DI scope of its own (a fresh unit of work) with the
/// System principal, which the branch filters let see the whole chain.
/// </summary>
public sealed class SystemScopes(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        return await work(scope.ServiceProvider);
    }
}
