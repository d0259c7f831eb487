namespace MemberCard.Application.Referrals.GetMyReferral;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Security;
using MemberCard.Application.Referrals.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyReferralCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, IRowLocks locks, ReferralDesk referrals)
    : ICommandHandler<GetMyReferralCommand, MyReferralDto>
{
    public async ValueTask<MyReferralDto> Handle(GetMyReferralCommand command, CancellationToken cancellationToken)
    {
        var memberId = principal.MemberId;
        var code = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.ReferralCode }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("member.not_found", "You do not have a member card yet.");
        var referralCode = code.ReferralCode ?? await AssignCodeAsync(memberId, cancellationToken);

        // The referral filter shows a shopper those where they are either side; the names of the members they
        // referred are read past the member filter, masked, for exactly those referrals.
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ReferrerId == memberId)
            .OrderByDescending(r => r.CreatedAt)
            .Join(db.Members.IgnoreQueryFilters(), r => r.RefereeId, m => m.Id,
                (r, m) => new { r.Id, m.Name, r.Status, r.RefusalReason, r.CreatedAt, r.RewardedAt, r.ReferrerPoints })
            .ToListAsync(cancellationToken);
        var referred = await db.Referrals.AsNoTracking().Where(r => r.RefereeId == memberId)
            .Select(r => (ReferralStatus?)r.Status).SingleOrDefaultAsync(cancellationToken);

        var items = referrals.Select(r => new MyReferralItemDto(
                r.Id, Pii.MaskName(r.Name), r.Status.ToString(), r.RefusalReason, r.CreatedAt, r.RewardedAt,
                r.Status == ReferralStatus.Rewarded ? r.ReferrerPoints : 0))
            .ToList();
        return new MyReferralDto(referralCode, ReferralShareDto.For(referralCode), referred?.ToString(), items.Sum(i => i.PointsAwarded), items);
    }

    /// <summary>
    /// Members who joined before referrals existed get their code on their first look; the member row lock makes
    /// two first looks agree on one.
    /// </summary>
    private async Task<string> AssignCodeAsync(MemberId memberId, CancellationToken cancellationToken)
    {
        await locks.LockMemberAsync(memberId, cancellationToken);
        var member = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        if (member.ReferralCode is { } assigned)
        {
            return assigned;
        }

        var code = await referrals.FreeCodeAsync(cancellationToken);
        member.AssignReferralCode(code);
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }
}
