namespace MemberCard.Domain.Members;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members.Events;
using MemberCard.Domain.Programme;

/// <summary>
/// A member of the card programme and the cards they have held. Points, tier and history belong to the
/// member, not to a card, which is why they survive a reissue untouched.
/// </summary>
public sealed class Member : AggregateRoot
{
    /// <summary>
    /// A read-only copy of the phone's digits kept by the database, so staff can search by the last digits
    /// of a phone without the value object getting in the way of SQL.
    /// </summary>
    public const string PhoneDigitsShadowProperty = "PhoneDigits";

    /// <summary>The name an exited member is left with: says what happened, identifies nobody.</summary>
    public const string ErasedName = "已退会";

    /// <summary>
    /// An exited member's birth date: the column stays NOT NULL (the birthday programme and pricing read it for
    /// every member), so erasure writes "no date". Npgsql stores it as <c>-infinity</c>, whose month and day are
    /// NULL in SQL, so a birthday query by month or day never picks an exited member up.
    /// </summary>
    public static DateOnly ErasedBirthDate => DateOnly.MinValue;

    private readonly List<Card> _cards = [];

    private Member()
    {
        Name = string.Empty;
    }

    public MemberId Id { get; private set; }

    public BranchId HomeBranchId { get; private set; }

    public string Name { get; private set; }

    public Gender Gender { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public PhoneNumber Phone { get; private set; }

    public bool PhoneVerified { get; private set; }

    /// <summary>A new phone the member asked for, waiting for WeChat's verification.</summary>
    public PhoneNumber? PendingPhone { get; private set; }

    public string? Address { get; private set; }

    public string? Email { get; private set; }

    public string? MiniProgramOpenId { get; private set; }

    public string? OfficialAccountOpenId { get; private set; }

    public string? UnionId { get; private set; }

    public MemberStatus Status { get; private set; }

    public Tier Tier { get; private set; }

    /// <summary>Points balance; the points ledger is its only writer and its sum always equals it.</summary>
    public long PointsBalance { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The member's personal referral code; given the first time the member asks for it.</summary>
    public string? ReferralCode { get; private set; }

    /// <summary>
    /// The referral waiting for this member's first qualifying purchase. Kept on the member, which the till
    /// loads anyway, so a commit of a member without one costs no extra statement.
    /// </summary>
    public Guid? PendingReferralId { get; private set; }

    public IReadOnlyCollection<Card> Cards => _cards.AsReadOnly();

    public Card CurrentCard =>
        _cards.SingleOrDefault(c => c.IsCurrent)
        ?? throw new DomainException("member.no_current_card", "The member has no current card.");

    /// <summary>Issues the first card of an approved application; the review happened before this call.</summary>
    public static Member Join(
        PersonalDetails details,
        PhoneNumber phone,
        WeChatIdentity weChat,
        BranchId homeBranchId,
        CardNumber cardNumber,
        BranchId issuingBranchId,
        ApplicationChannel channel,
        DateTimeOffset now)
    {
        var member = new Member
        {
            Id = MemberId.New(),
            HomeBranchId = homeBranchId,
            Phone = phone,
            PhoneVerified = false,
            MiniProgramOpenId = weChat.MiniProgramOpenId,
            UnionId = weChat.UnionId,
            Status = MemberStatus.Active,
            Tier = Tier.Regular,
            Channel = channel,
            JoinedAt = now,
            UpdatedAt = now,
        };
        member.ApplyDetails(details);
        member._cards.Add(Card.Issue(member.Id, homeBranchId, cardNumber, issuingBranchId, channel, now));
        member.Raise(new CardIssued(member.Id, cardNumber, channel, issuingBranchId, now));
        return member;
    }

    public Card FindCard(CardNumber number) =>
        _cards.SingleOrDefault(c => c.Number == number)
        ?? throw new DomainException("card.not_found", "The card does not belong to this member.");

    public void ActivateCard(CardNumber number, DateTimeOffset now)
    {
        EnsureActiveMember();
        var card = FindCard(number);
        card.Activate(now);
        Touch(now);
        Raise(new CardActivated(Id, number, now));
    }

    public void ReportCardLost(CardNumber number, DateTimeOffset now)
    {
        EnsureActiveMember();
        var card = FindCard(number);
        card.Freeze(now);
        Touch(now);
        Raise(new CardReportedLost(Id, number, now));
    }

    /// <summary>
    /// Replaces a card reported lost. The new card starts active when the old one had been activated,
    /// because the member was verified then; otherwise it waits for activation like any new card.
    /// </summary>
    public Card ReissueCard(CardNumber lostNumber, CardNumber newNumber, BranchId issuingBranchId, ApplicationChannel channel, DateTimeOffset now)
    {
        EnsureActiveMember();
        var lost = FindCard(lostNumber);
        var replacement = Card.Issue(Id, HomeBranchId, newNumber, issuingBranchId, channel, now, lost.Id);
        lost.MarkReplaced(replacement.Id, now);
        if (lost.ActivatedAt is not null)
        {
            replacement.Activate(now);
        }

        _cards.Add(replacement);
        Touch(now);
        Raise(new CardReissued(Id, lostNumber, newNumber, issuingBranchId, now));
        return replacement;
    }

    public void UpdateProfile(PersonalDetails details, DateTimeOffset now)
    {
        EnsureActiveMember();
        var changed = new List<string>();
        if (details.Name != Name)
        {
            changed.Add("name");
        }

        if (details.Gender != Gender)
        {
            changed.Add("gender");
        }

        if (details.BirthDate != BirthDate)
        {
            changed.Add("birthDate");
        }

        if (details.Address != Address)
        {
            changed.Add("address");
        }

        if (details.Email != Email)
        {
            changed.Add("email");
        }

        if (changed.Count == 0)
        {
            return;
        }

        ApplyDetails(details);
        Touch(now);
        Raise(new ProfileUpdated(Id, changed, now));
    }

    /// <summary>A changed phone is not trusted until WeChat verifies it; until then the old one stays.</summary>
    public void RequestPhoneChange(PhoneNumber newPhone, DateTimeOffset now)
    {
        EnsureActiveMember();
        if (newPhone == Phone)
        {
            PendingPhone = null;
            return;
        }

        PendingPhone = newPhone;
        Touch(now);
        Raise(new PhoneChangeRequested(Id, true, now));
    }

    /// <summary>
    /// WeChat vouched for <paramref name="verifiedPhone"/> as this shopper's number. It confirms the phone on
    /// file, completes a pending change, or, when the shopper verifies a different number, becomes the new phone.
    /// </summary>
    public void VerifyPhone(PhoneNumber verifiedPhone, DateTimeOffset now)
    {
        EnsureActiveMember();
        var changed = verifiedPhone != Phone;
        Phone = verifiedPhone;
        PhoneVerified = true;
        PendingPhone = null;
        Touch(now);
        Raise(new PhoneVerified(Id, changed, now));
    }

    /// <summary>
    /// The member leaves the programme (退会): the current card is cancelled and every personal detail and WeChat
    /// identity is erased, while the member id stays so that purchases, ledger and redemptions remain for the
    /// books, anonymously. The points must already be forfeited through the wallet, so that the ledger says so.
    /// </summary>
    public void Exit(DateTimeOffset now)
    {
        EnsureActiveMember();
        if (PointsBalance != 0)
        {
            throw new DomainException("member.exit_points_not_forfeited", "Points must be forfeited before the member exits.");
        }

        var card = CurrentCard;
        var weChatCode = card.WeChatCode;
        card.Cancel(now);
        foreach (var held in _cards)
        {
            held.LinkWeChatCode(null);
        }

        Name = ErasedName;
        Gender = Gender.Unspecified;
        BirthDate = ErasedBirthDate;
        Phone = PhoneNumber.Erased;
        PhoneVerified = false;
        PendingPhone = null;
        Address = null;
        Email = null;
        MiniProgramOpenId = null;
        OfficialAccountOpenId = null;
        UnionId = null;
        Status = MemberStatus.Exited;
        Touch(now);
        Raise(new CardCancelled(Id, card.Number, now, weChatCode));
        Raise(new MemberExited(Id, card.Number, now));
    }

    public void LinkMiniProgram(string openId, string? unionId)
    {
        MiniProgramOpenId = openId;
        UnionId ??= unionId;
    }

    /// <summary>Moves the member to <paramref name="tier"/>; returns the record of the change, or null when already there.</summary>
    public TierChange? ChangeTier(Tier tier, string reason, decimal basis, DateTimeOffset now, Guid? purchaseId = null)
    {
        if (tier == Tier)
        {
            return null;
        }

        var change = TierChange.Record(Id, Tier, tier, reason, basis, now, purchaseId);
        Raise(new TierChanged(Id, Tier, tier, reason, now));
        Tier = tier;
        Touch(now);
        return change;
    }

    /// <summary>Puts a head-office points correction on the member's audit trail.</summary>
    public void RecordPointsAdjustment(long points, string reason, DateTimeOffset now) =>
        Raise(new PointsAdjusted(Id, points, reason, now));

    /// <summary>Only <see cref="Points.PointsWallet"/> moves the balance, always together with a ledger entry.</summary>
    internal void ChangePointsBalance(long delta, DateTimeOffset now)
    {
        var balance = checked(PointsBalance + delta);
        if (balance < 0)
        {
            throw new DomainException("points.insufficient", "The points balance cannot go below zero.");
        }

        PointsBalance = balance;

        // One event per save is enough for WeChat (it gets the absolute balance), so repeat changes replace it.
        ReplaceEvent<PointsBalanceChanged>(new PointsBalanceChanged(Id, balance, now));
    }

    /// <summary>
    /// WeChat told us the shopper holds a card of ours under <paramref name="code"/>: links it to
    /// <paramref name="card"/> (the card named in the card link, else the current one) and remembers the
    /// Official Account identity that holds it.
    /// </summary>
    public void LinkWeChatCard(CardNumber? card, string code, string officialAccountOpenId, string? unionId, DateTimeOffset now)
    {
        var target = card is { } number ? FindCard(number) : CurrentCard;
        if (!target.IsCurrent)
        {
            throw new DomainException("card.not_current", $"The card is {target.Status}; only the current card can be added to WeChat.");
        }

        OfficialAccountOpenId = officialAccountOpenId;
        UnionId ??= unionId;
        if (target.WeChatCode == code)
        {
            return;
        }

        target.LinkWeChatCode(code);
        Touch(now);
        Raise(new WeChatCardLinked(Id, target.Number, target.CanTransact, now));
    }

    /// <summary>The shopper removed the card from their WeChat card package; the membership itself stays.</summary>
    public void UnlinkWeChatCard(string code, DateTimeOffset now)
    {
        var card = _cards.SingleOrDefault(c => c.WeChatCode == code);
        if (card is null)
        {
            return;
        }

        card.LinkWeChatCode(null);
        Touch(now);
        Raise(new WeChatCardRemoved(Id, card.Number, now));
    }

    /// <summary>Gives the member their referral code, once: a code already shared must keep working.</summary>
    public void AssignReferralCode(string code)
    {
        EnsureActiveMember();
        if (ReferralCode is not null)
        {
            throw new DomainException("referral.code_assigned", "The member already has a referral code.");
        }

        ReferralCode = code;
    }

    internal void AwaitReferralReward(Guid referralId) => PendingReferralId = referralId;

    internal void ReferralSettled() => PendingReferralId = null;

    private void ApplyDetails(PersonalDetails details)
    {
        Name = details.Name;
        Gender = details.Gender;
        BirthDate = details.BirthDate;
        Address = details.Address;
        Email = details.Email;
    }

    private void EnsureActiveMember()
    {
        if (Status != MemberStatus.Active)
        {
            throw new DomainException("member.exited", "The member has left the programme.");
        }
    }

    private void Touch(DateTimeOffset now) => UpdatedAt = now;
}
