namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Application.Jobs.Common;
using MemberCard.Application.Jobs.RebuildKpiRollups;
using MemberCard.Application.Kpis.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

public static class KpiRegistration
{
    /// <summary>
    /// The rollup interceptor (added to the DbContext), the fold of its deltas and its background service, the
    /// rebuild and its job, and the service-figures seam.
    /// </summary>
    public static IServiceCollection AddKpis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<KpiRollupInterceptor>();
        services.Configure<KpiDeltaFoldOptions>(configuration.GetSection(KpiDeltaFoldOptions.Section));
        services.AddSingleton<KpiDeltaFolder>();
        services.AddSingleton<IKpiDeltaFolder>(sp => sp.GetRequiredService<KpiDeltaFolder>());
        services.AddHostedService<KpiDeltaFoldService>();
        services.AddScoped<IKpiRollups, KpiRollups>();
        services.AddScoped<IKpiServiceFigures, KpiServiceFigures>();
        services.AddSingleton<IScheduledJob, KpiRollupRebuildJob>();
        return services;
    }
}
