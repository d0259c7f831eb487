namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Gifts;
using MemberCard.Domain.Members;

/// <summary>
/// Pessimistic locks for the money-like paths, taken inside the command's transaction and held to commit:
/// two changes of one member's points (or one gift's stock) never interleave, so none is lost.
/// </summary>
public interface IRowLocks
{
    /// <summary>Locks the member row (their points account); false when there is no such member.</summary>
    Task<bool> LockMemberAsync(MemberId memberId, CancellationToken cancellationToken);

    Task<bool> LockGiftAsync(GiftId giftId, CancellationToken cancellationToken);

    /// <summary>Serialises work on one business key (e.g. a branch's receipt number) until commit.</summary>
    Task LockKeyAsync(string key, CancellationToken cancellationToken);
}
