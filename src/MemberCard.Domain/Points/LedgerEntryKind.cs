namespace MemberCard.Domain.Points;

public enum LedgerEntryKind
{
    /// <summary>Points earned on a purchase (opens a lot).</summary>
    Earn,

    /// <summary>Points spent on a catalogue gift.</summary>
    Redeem,

    /// <summary>Points used as payment at the till.</summary>
    Payment,

    /// <summary>Earned points taken back because goods were returned.</summary>
    Reverse,

    /// <summary>Points that paid for returned goods, given back (opens a lot).</summary>
    Refund,

    /// <summary>A lot reached its expiry date.</summary>
    Expire,

    /// <summary>A manual correction by head office, with a reason.</summary>
    Adjust,

    /// <summary>Points given outright (referral rewards, goodwill), opens a lot.</summary>
    Gift,

    /// <summary>Everything left, given up when the member exits the programme (after a warning).</summary>
    Forfeit,
}
