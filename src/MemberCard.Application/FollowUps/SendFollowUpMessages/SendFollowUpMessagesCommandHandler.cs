namespace MemberCard.Application.FollowUps.SendFollowUpMessages;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Notifications;
using MemberCard.Domain.FollowUps;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Queues each due message in the outbox (the notification port) in the same transaction that marks its task
/// done, so a message is sent once or, if the transaction fails, not at all and retried by the next run.
/// A member who left the programme gets no message: the task is cancelled instead.
/// </summary>
public sealed class SendFollowUpMessagesCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<SendFollowUpMessagesCommand, int>
{
    public async ValueTask<int> Handle(SendFollowUpMessagesCommand command, CancellationToken cancellationToken)
    {
        var due = await db.FollowUpTasks
            .Where(t => t.Status == FollowUpStatus.Open && t.Kind == FollowUpKind.Message && t.DueAt <= command.DueBy)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var memberIds = due.Select(t => t.MemberId).Distinct().ToList();
        var active = (await db.Members.AsNoTracking()
            .Where(m => memberIds.Contains(m.Id) && m.Status == MemberStatus.Active)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var task in due)
        {
            if (!active.Contains(task.MemberId))
            {
                task.Cancel(now);
                continue;
            }

            task.MarkSent(now);
            MemberNotices.Enqueue(db, task.MemberId, new MemberNotice(TemplateOf(task.Step), new Dictionary<string, string>
            {
                ["step"] = task.Step.ToString(),
            }), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    public static string TemplateOf(FollowUpStep step) => step switch
    {
        FollowUpStep.ThankYou => "purchase.thanks",
        FollowUpStep.Care => "follow_up.care",
        FollowUpStep.Greeting => "follow_up.greeting",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Only message steps are sent."),
    };
}
