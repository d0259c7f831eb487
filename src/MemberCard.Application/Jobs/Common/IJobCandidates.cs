namespace MemberCard.Application.Jobs.Common;

using MemberCard.Domain.Members;

/// <summary>
/// The members a job may have to change, a page at a time in member-id order (keyset: strictly after
/// <c>after</c>), so a run over the whole chain never holds a long transaction or a huge result.
/// A page may hold members that turn out to need nothing; it never misses one that does.
/// </summary>
public interface IJobCandidates
{
    Task<IReadOnlyList<MemberId>> WithExpiredLotsAsync(DateOnly asOf, MemberId after, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<MemberId>> AboveLowestTierAsync(MemberId after, int take, CancellationToken cancellationToken);

    /// <summary>Members who earned at least <paramref name="minimumPoints"/> in the year up to the date, or hold a claim that lapses by then.</summary>
    Task<IReadOnlyList<MemberId>> ForMilestonesAsync(DateOnly asOf, long minimumPoints, MemberId after, int take, CancellationToken cancellationToken);
}
