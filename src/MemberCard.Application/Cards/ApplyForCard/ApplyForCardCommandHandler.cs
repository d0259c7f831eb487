namespace MemberCard.Application.Cards.ApplyForCard;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Referrals.Common;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class ApplyForCardCommandHandler(
    IMemberCardDbContext db,
    ICurrentPrincipal principal,
    ICardNumberAllocator cardNumbers,
    ReferralDesk referrals,
    TimeProvider clock) : ICommandHandler<ApplyForCardCommand, CardDto>
{
    public async ValueTask<CardDto> Handle(ApplyForCardCommand command, CancellationToken cancellationToken)
    {
        var weChat = command.Channel == ApplicationChannel.Online
            ? new WeChatIdentity(principal.OpenId, principal.UnionId)
            : WeChatIdentity.None;
        var phone = PhoneNumber.Create(command.Phone);
        var homeBranch = await ResolveHomeBranchAsync(command, cancellationToken);

        var reasons = await ApplicationReview.CheckAsync(db, phone, weChat, homeBranch, cancellationToken);
        if (reasons.Count > 0)
        {
            throw new ReviewRejectedException(reasons);
        }

        var referrer = await referrals.FindReferrerAsync(command.ReferralCode, cancellationToken);
        var now = clock.GetUtcNow();
        var details = new PersonalDetails(command.Name!, command.Gender!.Value, command.BirthDate!.Value, command.Address, command.Email);
        var number = await cardNumbers.NextAsync(homeBranch!.RegionCode, cancellationToken);
        var member = Member.Join(details, phone, weChat, homeBranch.Id, number, homeBranch.Id, command.Channel, now);
        db.Members.Add(member);
        await referrals.EnrolAsync(member, referrer, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CardDto.From(member, member.CurrentCard);
    }

    private async Task<Branch?> ResolveHomeBranchAsync(ApplyForCardCommand command, CancellationToken cancellationToken)
    {
        if (principal.Kind == PrincipalKind.Branch)
        {
            return await db.Branches.SingleAsync(b => b.Id == principal.BranchId, cancellationToken);
        }

        var code = command.BranchCode;
        if (string.IsNullOrWhiteSpace(code))
        {
            if (principal.Kind == PrincipalKind.HeadOffice)
            {
                throw new InvalidInputException("branchCode", "branch.required", "Head office must name the home branch of an offline application.");
            }

            code = await db.Programme.Select(p => p.DefaultOnlineBranchCode).SingleAsync(cancellationToken);
        }

        var normalized = code?.Trim().ToUpperInvariant();
        return await db.Branches.SingleOrDefaultAsync(b => b.Code == normalized, cancellationToken);
    }
}
