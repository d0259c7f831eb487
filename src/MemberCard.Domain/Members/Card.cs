namespace MemberCard.Domain.Members;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;

/// <summary>
/// One physical or WeChat card of a member. Its state machine:
/// Issued → Active → Frozen (loss) → Replaced; Issued/Active/Frozen → Cancelled (exit).
/// Replaced and Cancelled are final.
/// </summary>
public sealed class Card
{
    private Card()
    {
    }

    public CardId Id { get; private set; }

    public MemberId MemberId { get; private set; }

    /// <summary>The member's home branch, kept on the card so branch scoping needs no join.</summary>
    public BranchId HomeBranchId { get; private set; }

    public CardNumber Number { get; private set; }

    public BranchId IssuingBranchId { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    public CardStatus Status { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? FrozenAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public CardId? ReplacedByCardId { get; private set; }

    public CardId? ReplacesCardId { get; private set; }

    /// <summary>The card's code in the shopper's WeChat card package, once WeChat tells us.</summary>
    public string? WeChatCode { get; private set; }

    /// <summary>When WeChat accepted our activation of <see cref="WeChatCode"/>; a new code needs its own.</summary>
    public DateTimeOffset? WeChatActivatedAt { get; private set; }

    public bool IsCurrent => Status is CardStatus.Issued or CardStatus.Active or CardStatus.Frozen;

    /// <summary>Only an active card earns or redeems.</summary>
    public bool CanTransact => Status == CardStatus.Active;

    internal static Card Issue(MemberId memberId, BranchId homeBranchId, CardNumber number, BranchId issuingBranchId,
        ApplicationChannel channel, DateTimeOffset now, CardId? replaces = null) => new()
        {
            Id = CardId.New(),
            MemberId = memberId,
            HomeBranchId = homeBranchId,
            Number = number,
            IssuingBranchId = issuingBranchId,
            Channel = channel,
            Status = CardStatus.Issued,
            IssuedAt = now,
            ReplacesCardId = replaces,
        };

    internal void Activate(DateTimeOffset now)
    {
        if (Status != CardStatus.Issued)
        {
            throw IllegalTransition("activate");
        }

        Status = CardStatus.Active;
        ActivatedAt = now;
    }

    internal void Freeze(DateTimeOffset now)
    {
        if (Status is not (CardStatus.Issued or CardStatus.Active))
        {
            throw IllegalTransition("report as lost");
        }

        Status = CardStatus.Frozen;
        FrozenAt = now;
    }

    public void EnsureReplaceable()
    {
        if (Status != CardStatus.Frozen)
        {
            throw new DomainException("card.reissue_requires_loss_report",
                $"Only a card reported as lost can be reissued; this card is {Status}.");
        }
    }

    internal void MarkReplaced(CardId replacement, DateTimeOffset now)
    {
        EnsureReplaceable();

        Status = CardStatus.Replaced;
        ReplacedByCardId = replacement;
        ClosedAt = now;
    }

    internal void Cancel(DateTimeOffset now)
    {
        if (!IsCurrent)
        {
            throw IllegalTransition("cancel");
        }

        Status = CardStatus.Cancelled;
        ClosedAt = now;
    }

    /// <summary>Guards earning and redeeming: a frozen, replaced or cancelled card can do neither.</summary>
    public void EnsureCanTransact()
    {
        if (!CanTransact)
        {
            throw new DomainException("card.not_active", $"The card is {Status}; only an active card earns or redeems.");
        }
    }

    internal void MoveHome(BranchId homeBranchId) => HomeBranchId = homeBranchId;

    internal void LinkWeChatCode(string? code)
    {
        WeChatCode = code;
        WeChatActivatedAt = null;
    }

    private DomainException IllegalTransition(string action) =>
        new("card.illegal_transition", $"Cannot {action} a card that is {Status}.");
}
