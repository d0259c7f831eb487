namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Application.Jobs.Common;
using MemberCard.Application.Jobs.RebuildKpiRollups;
using MemberCard.Application.Kpis.Common;
using Microsoft.Extensions.DependencyInjection;

public static class KpiRegistration
{
    /// <summary>The rollup interceptor (added to the DbContext), its rebuild and job, and the service-figures seam.</summary>
    public static IServiceCollection AddKpis(this IServiceCollection services)
    {
        services.AddScoped<KpiRollupInterceptor>();
        services.AddScoped<IKpiRollups, KpiRollups>();
        services.AddScoped<IKpiServiceFigures, KpiServiceFigures>();
        services.AddSingleton<IScheduledJob, KpiRollupRebuildJob>();
        return services;
    }
}
