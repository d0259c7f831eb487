namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

/// <summary>
/// Allocates the next serial of a region inside the current transaction: gap-free because a rolled-back
/// application gives its serial back, unique because the region's counter row is locked until commit.
/// </summary>
public interface ICardNumberAllocator
{
    Task<CardNumber> NextAsync(RegionCode region, CancellationToken cancellationToken);
}
