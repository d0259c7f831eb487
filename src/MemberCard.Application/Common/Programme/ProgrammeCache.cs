namespace MemberCard.Application.Common.Programme;

using System.Collections.Concurrent;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

/// <summary>
/// The programme settings and each business day's campaigns, kept in memory for the till. A cached entry is
/// only used when it matches a stamp the caller read in its own query (the settings row's version, the day's
/// <see cref="CampaignStamp"/>), so a change made through the API, on another instance or by SQL shows at the
/// next request without a round trip of its own; a mismatch reloads.
/// The cached objects are shared between requests: nothing may change them.
/// </summary>
public sealed class ProgrammeCache(IMemoryCache cache, IMemberCardDbContext db)
{
    // Only bounds how long an unused entry stays in memory; freshness comes from the stamps.
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly object SettingsKey = new();

    /// <summary>The settings last loaded on this instance, or loaded now: for reads made before the stamp is known.</summary>
    public async ValueTask<ProgrammeSettings> SettingsAsync(CancellationToken cancellationToken) =>
        cache.TryGetValue(SettingsKey, out ProgrammeSettings? settings) && settings is not null
            ? settings
            : await ReloadSettingsAsync(cancellationToken);

    /// <summary>The settings at <paramref name="version"/> (the row's <see cref="ProgrammeSettings.Version"/>) or later.</summary>
    public async ValueTask<ProgrammeSettings> SettingsAsync(uint? version, CancellationToken cancellationToken) =>
        cache.TryGetValue(SettingsKey, out ProgrammeSettings? settings) && settings is not null && settings.Version == version
            ? settings
            : await ReloadSettingsAsync(cancellationToken);

    public async Task<ProgrammeSettings> ReloadSettingsAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        cache.Set(SettingsKey, settings, Lifetime);
        return settings;
    }

    /// <summary>The campaigns running at <paramref name="branchId"/> on <paramref name="businessDate"/>.</summary>
    public async ValueTask<IReadOnlyList<EarningCampaign>> CampaignsAsync(
        DateOnly businessDate, Guid branchId, CampaignStamp stamp, CancellationToken cancellationToken)
    {
        var key = new DayKey(businessDate);
        if (!cache.TryGetValue(key, out DayCampaigns? day) || day is null || day.Stamp != stamp)
        {
            var campaigns = await db.PointsCampaigns.AsNoTracking()
                .Where(c => c.StartsOn <= businessDate && c.EndsOn >= businessDate)
                .ToListAsync(cancellationToken);
            day = new DayCampaigns(campaigns);
            cache.Set(key, day, Lifetime);
        }

        return day.At(branchId);
    }

    private readonly record struct DayKey(DateOnly BusinessDate);

    private sealed class DayCampaigns(List<PointsCampaign> campaigns)
    {
        private readonly ConcurrentDictionary<Guid, EarningCampaign[]> _byBranch = new();

        public CampaignStamp Stamp { get; } = new(campaigns.Count, campaigns.Count == 0 ? null : campaigns.Max(c => c.CreatedAt));

        public EarningCampaign[] At(Guid branchId) =>
            campaigns.Count == 0
                ? []
                : _byBranch.GetOrAdd(branchId, id => [.. campaigns.Where(c => c.BranchIds.Count == 0 || c.BranchIds.Contains(id)).Select(c => c.ForCheckout())]);
    }
}
