namespace MemberCard.Application.Cards.ApplyForCard;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The automatic review of an application. "One card per phone and per WeChat identity" holds across the
/// whole chain, so these checks deliberately look past the caller's branch scope; they return only yes/no.
/// The unique indexes stay the final word when two applications race.
/// </summary>
internal static class ApplicationReview
{
    public static async Task<IReadOnlyList<ReviewReason>> CheckAsync(
        IMemberCardDbContext db, PhoneNumber phone, WeChatIdentity weChat, Branch? homeBranch, CancellationToken cancellationToken)
    {
        var reasons = new List<ReviewReason>();
        if (homeBranch is null)
        {
            reasons.Add(new ReviewReason("review.branch_unknown", "branchCode", "The home branch does not exist."));
        }
        else if (!homeBranch.IsActive)
        {
            reasons.Add(new ReviewReason("review.branch_closed", "branchCode", "The home branch is closed."));
        }

        var allMembers = db.Members.IgnoreQueryFilters().Where(m => m.Status == MemberStatus.Active);
        if (await allMembers.AnyAsync(m => m.Phone == phone, cancellationToken))
        {
            reasons.Add(new ReviewReason("review.phone_taken", "phone", "This phone number already has a member card."));
        }

        if (weChat.MiniProgramOpenId is { } openId && await allMembers.AnyAsync(m => m.MiniProgramOpenId == openId, cancellationToken))
        {
            reasons.Add(new ReviewReason("review.wechat_taken", "wechat", "This WeChat account already has a member card."));
        }
        else if (weChat.UnionId is { } unionId && await allMembers.AnyAsync(m => m.UnionId == unionId, cancellationToken))
        {
            reasons.Add(new ReviewReason("review.wechat_taken", "wechat", "This WeChat account already has a member card."));
        }

        return reasons;
    }
}
