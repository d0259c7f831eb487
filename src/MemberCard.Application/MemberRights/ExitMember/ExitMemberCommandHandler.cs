namespace MemberCard.Application.MemberRights.ExitMember;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Exit in two steps: without a matching confirmation it only answers what would be forfeited; with it, it
/// forfeits the points through the wallet, cancels the card and erases the member's personal data, and scrubs
/// the member's WeChat identities from the audit trail and the WeChat event log, all in one transaction.
/// </summary>
public sealed class ExitMemberCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk, TimeProvider clock)
    : ICommandHandler<ExitMemberCommand, ExitResult>
{
    private const string ErasedText = "（会员已退会，内容已删除）";

    public async ValueTask<ExitResult> Handle(ExitMemberCommand command, CancellationToken cancellationToken)
    {
        var memberId = await ResolveMemberAsync(command.MemberId, cancellationToken);
        var (member, wallet) = await desk.OpenWalletAsync(memberId, cancellationToken);
        if (member.Status == MemberStatus.Exited)
        {
            throw new DomainException("member.exited", "The member has left the programme.");
        }

        // Points can be forfeited; stored value is the member's money and has to be paid back first.
        var storedValue = await db.StoredValueAccounts.Where(a => a.MemberId == memberId).Select(a => a.Principal + a.Bonus)
            .SingleOrDefaultAsync(cancellationToken);
        if (storedValue > 0)
        {
            throw new DomainException(
                "member.stored_value_outstanding",
                $"The member holds ¥{storedValue:0.00} of stored value: refund it (the unused principal is paid back, the bonus forfeited) before the exit.");
        }

        var card = member.CurrentCard;
        var balance = member.PointsBalance;
        if (!command.Confirm || command.ForfeitPoints != balance)
        {
            throw new ConfirmationRequiredException(
                "member.exit_needs_confirmation",
                $"Exiting cancels card {card.Number.Value} and forfeits {balance} points. Repeat the request with confirm = true and forfeitPoints = {balance}.",
                new Dictionary<string, object> { ["pointsToForfeit"] = balance, ["cardNumber"] = card.Number.Value });
        }

        var programme = await desk.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var branch = principal.Kind == PrincipalKind.Branch ? principal.BranchId.Value : (Guid?)null;
        wallet.ForfeitAll(new PointsContext(now, programme.BusinessDate(now), branch, CardNumber: card.Number.Value, Reason: "exit"));
        desk.Keep(wallet);

        string[] identities = [.. new[] { member.MiniProgramOpenId, member.OfficialAccountOpenId, member.UnionId }.OfType<string>()];
        member.Exit(now);
        await db.SaveChangesAsync(cancellationToken);
        await ForgetIdentitiesAsync(member.Id, identities, cancellationToken);

        return new ExitResult(member.Id.Value, card.Number.Value, card.Status.ToString(), balance, now);
    }

    /// <summary>The shopper's own membership, or the member a branch names as far as its scope lets it see (else 404).</summary>
    private async Task<MemberId> ResolveMemberAsync(Guid? requested, CancellationToken cancellationToken)
    {
        if (requested is null)
        {
            if (principal.Kind != PrincipalKind.Shopper)
            {
                throw new ForbiddenException("auth.shopper_only", "Only a shopper can act on their own card.");
            }

            return principal.MemberId != MemberId.None
                ? principal.MemberId
                : throw new NotFoundException("member.not_found", "You do not have a member card yet.");
        }

        var id = new MemberId(requested.Value);
        return await db.Members.AnyAsync(m => m.Id == id, cancellationToken)
            ? id
            : throw new NotFoundException("member.not_found", "No such member.");
    }

    /// <summary>
    /// Entries written before the shopper had a member id name their openid as the actor; they now name the
    /// (anonymous) member id. The WeChat event log keeps openids, card codes and activation-form fields, and
    /// only serves de-duplication of recent pushes, so the member's entries go.
    /// </summary>
    private async Task ForgetIdentitiesAsync(MemberId memberId, string[] identities, CancellationToken cancellationToken)
    {
        if (identities.Length > 0)
        {
            await db.AuditEntries
                .Where(e => identities.Contains(e.ActorId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, memberId.ToString()), cancellationToken);
        }

        await db.WeChatEvents
            .Where(e => e.MemberId == memberId || identities.Contains(e.FromUserName))
            .ExecuteDeleteAsync(cancellationToken);

        // What the member wrote (and staff answered) can name them; the complaint's category, branch,
        // dates and score stay for the complaint KPIs.
        await db.Complaints
            .Where(c => c.MemberId == memberId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Content, ErasedText).SetProperty(c => c.Resolution, c => c.Resolution == null ? null : ErasedText),
                cancellationToken);
    }
}
