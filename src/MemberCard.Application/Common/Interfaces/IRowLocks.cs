namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Application.Common.Points;
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

    /// <summary>
    /// Finds the card a till scanned and locks its member's row in one round trip: the card with
    /// <paramref name="cardNumber"/>, else the current card of the active member with <paramref name="phone"/>
    /// (the rules of <see cref="ScannedCode"/>). Null when neither matches.
    /// </summary>
    Task<TillCard?> LockMemberOfScannedCardAsync(CardNumber? cardNumber, PhoneNumber? phone, CancellationToken cancellationToken);

    Task<bool> LockGiftAsync(GiftId giftId, CancellationToken cancellationToken);

    /// <summary>Serialises work on one business key (e.g. a branch's receipt number) until commit.</summary>
    Task LockKeyAsync(string key, CancellationToken cancellationToken);
}
