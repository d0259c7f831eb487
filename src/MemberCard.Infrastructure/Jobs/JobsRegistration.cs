namespace MemberCard.Infrastructure.Jobs;

using MemberCard.Application.FollowUps.SendFollowUpMessages;
using MemberCard.Application.Jobs.AwardMilestoneGifts;
using MemberCard.Application.Jobs.Common;
using MemberCard.Application.Jobs.ExpirePoints;
using MemberCard.Application.Jobs.ReviewTier;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

public static class JobsRegistration
{
    /// <summary>
    /// A connection string that reaches PostgreSQL directly. Job locks are session-level: behind a transaction
    /// pooler (pgbouncer) the session is shared after each statement, so the lock must bypass it (docs/scaling.md).
    /// </summary>
    public const string SessionConnectionStringName = "MemberCardSession";

    /// <summary>The scheduled jobs, their runner (advisory locks, run records) and the scheduler.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(DependencyInjection.ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string '{DependencyInjection.ConnectionStringName}' is missing.");

        services.AddOptions<JobOptions>()
            .Bind(configuration.GetSection(JobOptions.Section))
            .Validate(o => o.StartDelay >= TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Jobs:StartDelay must not be negative and Jobs:PollInterval must be positive.")
            .Validate(o => o.FollowUpMessagesInterval > TimeSpan.Zero, "Jobs:FollowUpMessagesInterval must be positive.")
            .ValidateOnStart();

        services.AddSingleton<SystemScopes>();
        services.AddSingleton<MemberSweep>();
        services.AddSingleton<IJobCandidates, JobCandidates>();
        services.AddSingleton<IScheduledJob, PointsExpiryJob>();
        services.AddSingleton<IScheduledJob, TierReviewJob>();
        services.AddSingleton<IScheduledJob, MilestoneGiftsJob>();
        services.AddSingleton<IScheduledJob, FollowUpMessagesJob>();
        var sessionConnectionString = configuration.GetConnectionString(SessionConnectionStringName) is { Length: > 0 } direct ? direct : connectionString;
        services.AddSingleton(_ => new JobLocks(sessionConnectionString));
        services.AddSingleton<BusinessClock>();
        services.AddSingleton<IJobRunner, JobRunner>();
        services.AddHostedService<JobScheduler>();
        services.AddHostedService<FollowUpMessagePump>();
        return services;
    }
}
