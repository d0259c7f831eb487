namespace MemberCard.Application.WeChat.HandleWeChatEvent;

using System.Text.Json;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.WeChat.CardSync;
using MemberCard.Domain.Members;
using MemberCard.Domain.Outbox;
using MemberCard.Domain.WeChat;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Handles a card event once, however often WeChat pushes it (it re-sends what it thinks we missed), and
/// quickly: only database work happens here; calls back to WeChat go through the outbox.
/// Runs with the System principal: WeChat is no branch and may name any member.
/// </summary>
public sealed class HandleWeChatEventCommandHandler(IMemberCardDbContext db, IRowLocks locks, TimeProvider clock)
    : ICommandHandler<HandleWeChatEventCommand, WeChatEventOutcome>
{
    private const string UserGetCard = "user_get_card";
    private const string SubmitUserInfo = "submit_membercard_user_info";
    private const string UserDelCard = "user_del_card";

    public async ValueTask<WeChatEventOutcome> Handle(HandleWeChatEventCommand command, CancellationToken cancellationToken)
    {
        var message = command.Message;
        var eventName = message.Event ?? message.MsgType;
        var cardCode = message.Field("UserCardCode");
        var key = WeChatEventReceipt.KeyOf(message.FromUserName, message.CreateTime, eventName, cardCode);

        // Concurrent re-deliveries of one event queue here; the second then sees the first's receipt.
        await locks.LockKeyAsync("wechat-event:" + key, cancellationToken);
        if (await db.WeChatEvents.AnyAsync(e => e.DedupeKey == key, cancellationToken))
        {
            return new WeChatEventOutcome(true, "duplicate");
        }

        var now = clock.GetUtcNow();
        var receipt = WeChatEventReceipt.Record(
            eventName, message.FromUserName, message.CreateTime, cardCode, JsonSerializer.Serialize(message.Fields), now);
        db.WeChatEvents.Add(receipt);

        var (member, outcome) = eventName switch
        {
            UserGetCard when cardCode is not null => await LinkCardAsync(message, cardCode, now, cancellationToken),
            SubmitUserInfo when cardCode is not null => await QueueFormAsync(cardCode, now, cancellationToken),
            UserDelCard when cardCode is not null => await UnlinkCardAsync(cardCode, now, cancellationToken),
            _ => (null, "recorded"),
        };

        receipt.Conclude(member?.Id, outcome);
        await db.SaveChangesAsync(cancellationToken);
        return new WeChatEventOutcome(false, outcome);
    }

    /// <summary>
    /// The shopper put our card in their card package. The member is found by unionid, else by the card number
    /// we put in the card link's OuterStr, else by the code if we know it already (a restored card).
    /// </summary>
    private async Task<(Member?, string)> LinkCardAsync(
        Common.WeChat.WeChatInboundMessage message, string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unionId = message.Field("UnionId");
        var outerCard = CardNumber.TryParse(message.Field("OuterStr"), out var number) ? number : (CardNumber?)null;

        // The member row lock keeps the link from racing a purchase or loss report of the same member.
        Member? member = null;
        if (unionId is not null)
        {
            member = await FindAsync(m => m.UnionId == unionId && m.Status == MemberStatus.Active, cancellationToken);
        }

        if (member is null && outerCard is { } card)
        {
            member = await FindAsync(m => m.Cards.Any(c => c.Number == card), cancellationToken);
        }

        member ??= await FindAsync(m => m.Cards.Any(c => c.WeChatCode == code), cancellationToken);
        if (member is null)
        {
            return (null, "unmatched: no member for this card");
        }

        var target = outerCard is { } named && member.Cards.Any(c => c.Number == named) ? named : (CardNumber?)null;
        var chosen = target is { } t ? member.FindCard(t) : member.Cards.SingleOrDefault(c => c.IsCurrent);
        if (chosen is null || !chosen.IsCurrent)
        {
            return (member, "ignored: the card named is no longer current");
        }

        member.LinkWeChatCard(chosen.Number, code, message.FromUserName, unionId, now);
        return (member, "linked");
    }

    private async Task<(Member?, string)> QueueFormAsync(string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var memberId = await db.Cards.Where(c => c.WeChatCode == code).Select(c => (MemberId?)c.MemberId).SingleOrDefaultAsync(cancellationToken);
        db.OutboxMessages.Add(OutboxMessage.Create(
            WeChatOutboxKinds.ActivationForm, memberId, OutboxPayload.Write(new ActivationFormMessage(code)), now));
        return (null, memberId is null ? "queued: form of an unlinked card" : "queued: read the activation form");
    }

    private async Task<(Member?, string)> UnlinkCardAsync(string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = await FindAsync(m => m.Cards.Any(c => c.WeChatCode == code), cancellationToken);
        if (member is null)
        {
            return (null, "unmatched: code not linked");
        }

        member.UnlinkWeChatCard(code, now);
        return (member, "unlinked");
    }

    private async Task<Member?> FindAsync(System.Linq.Expressions.Expression<Func<Member, bool>> predicate, CancellationToken cancellationToken)
    {
        var id = await db.Members.Where(predicate).Select(m => (MemberId?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is not { } memberId || !await locks.LockMemberAsync(memberId, cancellationToken))
        {
            return null;
        }

        return await db.Members.Include(m => m.Cards).SingleAsync(m => m.Id == memberId, cancellationToken);
    }
}
