namespace MemberCard.Application.Referrals.Common;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The referral rules' one reviewed way past the branch filter: a code names a member of any branch, and the
/// monthly cap counts the referrer's referrals wherever the new members joined.
/// </summary>
public sealed class ReferralDesk(IMemberCardDbContext db, IRowLocks locks, TimeProvider clock)
{
    private const int CodeAttempts = 5;

    /// <summary>
    /// The active member whose code an application names, locked, so that applications naming one code count
    /// against the monthly cap one after the other. Null when the application names none; an unknown code is
    /// the applicant's error, refused before anything is written.
    /// </summary>
    public async Task<Member?> FindReferrerAsync(string? code, CancellationToken cancellationToken)
    {
        if (ReferralCode.Normalize(code) is not { } normalized)
        {
            return null;
        }

        var referrerId = await db.Members.IgnoreQueryFilters()
            .Where(m => m.ReferralCode == normalized && m.Status == MemberStatus.Active)
            .Select(m => (MemberId?)m.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException("referralCode", "referral.code_unknown", "No member has this referral code.");
        await locks.LockMemberAsync(referrerId, cancellationToken);
        return await db.Members.IgnoreQueryFilters().SingleAsync(m => m.Id == referrerId, cancellationToken);
    }

    /// <summary>
    /// Enrols a member who just joined: gives them their own code and records the referral their application
    /// named (accepted or refused), if any.
    /// </summary>
    public async Task EnrolAsync(Member member, Member? referrer, CancellationToken cancellationToken)
    {
        member.AssignReferralCode(await FreeCodeAsync(cancellationToken));
        if (referrer is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        var today = programme.BusinessDate(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var settings = await SettingsAsync(db, cancellationToken);
        var accepted = await db.Referrals.IgnoreQueryFilters()
            .CountAsync(r => r.ReferrerId == referrer.Id && r.CreatedOn >= monthStart && r.Status != ReferralStatus.Refused, cancellationToken);
        db.Referrals.Add(Referral.Record(referrer, member, member.Channel, accepted, settings.MonthlyCap, now, today));
    }

    /// <summary>
    /// A code nobody holds yet. Random codes hardly ever meet (31^8); the look-up makes a clash cost a retry
    /// instead of a failed save, and the unique index decides the one race left.
    /// </summary>
    public async Task<string> FreeCodeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var candidate = ReferralCode.New();
            if (!await db.Members.IgnoreQueryFilters().AnyAsync(m => m.ReferralCode == candidate, cancellationToken))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free referral code found; the code space is close to full.");
    }

    /// <summary>The settings head office saved, or the defaults when it never did.</summary>
    public static async Task<ReferralSettings> SettingsAsync(IMemberCardDbContext db, CancellationToken cancellationToken) =>
        await db.ReferralSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? ReferralSettings.Defaults();
}
