namespace MemberCard.Infrastructure.Jobs;

using MemberCard.Application.Jobs.Common;
using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Today's business date and the local time of day, in the programme's time zone (which HQ may change).</summary>
internal sealed class BusinessClock(SystemScopes scopes, TimeProvider clock)
{
    public Task<(DateOnly Today, TimeOnly TimeOfDay)> NowAsync(CancellationToken cancellationToken) =>
        scopes.RunAsync(async services =>
        {
            var programme = await services.GetRequiredService<MemberCardDbContext>().Programme.AsNoTracking().SingleAsync(cancellationToken);
            var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), programme.BusinessTimeZone).DateTime;
            return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        });
}
