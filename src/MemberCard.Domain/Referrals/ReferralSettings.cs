namespace MemberCard.Domain.Referrals;

using MemberCard.Domain.Common;

/// <summary>
/// Head office's referral programme: the points each side gets, the monthly cap per referrer and how long a
/// full return takes the rewards back. One row; without it the defaults apply.
/// </summary>
public sealed class ReferralSettings
{
    public const int SingletonId = 1;
    public const long DefaultReferrerPoints = 200;
    public const long DefaultRefereePoints = 100;
    public const int DefaultMonthlyCap = 20;
    public const int DefaultReturnWindowDays = 30;
    public const long MaxPoints = 100_000;
    public const int MaxMonthlyCap = 1_000;
    public const int MaxReturnWindowDays = 365;

    private ReferralSettings()
    {
    }

    public int Id { get; private set; }

    public long ReferrerPoints { get; private set; }

    public long RefereePoints { get; private set; }

    /// <summary>Accepted referrals a referrer may make per business month; further ones are refused.</summary>
    public int MonthlyCap { get; private set; }

    /// <summary>A full return of the rewarded purchase this many days after it, or fewer, reverses the rewards.</summary>
    public int ReturnWindowDays { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ReferralSettings Defaults() => new()
    {
        Id = SingletonId,
        ReferrerPoints = DefaultReferrerPoints,
        RefereePoints = DefaultRefereePoints,
        MonthlyCap = DefaultMonthlyCap,
        ReturnWindowDays = DefaultReturnWindowDays,
    };

    public void Change(long referrerPoints, long refereePoints, int monthlyCap, int returnWindowDays, DateTimeOffset now)
    {
        if (referrerPoints is < 0 or > MaxPoints || refereePoints is < 0 or > MaxPoints)
        {
            throw new DomainException("referral.points_invalid", $"Referral points are between 0 and {MaxPoints}.");
        }

        if (monthlyCap is < 0 or > MaxMonthlyCap || returnWindowDays is < 0 or > MaxReturnWindowDays)
        {
            throw new DomainException("referral.limits_invalid", "The monthly cap or the return window is out of range.");
        }

        ReferrerPoints = referrerPoints;
        RefereePoints = refereePoints;
        MonthlyCap = monthlyCap;
        ReturnWindowDays = returnWindowDays;
        UpdatedAt = now;
    }
}
