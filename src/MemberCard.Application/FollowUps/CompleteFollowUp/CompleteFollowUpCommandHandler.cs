namespace MemberCard.Application.FollowUps.CompleteFollowUp;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.FollowUps.Common;
using Microsoft.EntityFrameworkCore;

public sealed class CompleteFollowUpCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<CompleteFollowUpCommand, FollowUpTaskDto>
{
    public async ValueTask<FollowUpTaskDto> Handle(CompleteFollowUpCommand command, CancellationToken cancellationToken)
    {
        // Scoped to the member's home branch: another branch's task is not found.
        var task = await db.FollowUpTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken)
            ?? throw new NotFoundException("follow_up.not_found", "No such follow-up task.");
        task.Complete(command.Outcome!.Value, command.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (await FollowUpTaskViews.LoadAsync(db, db.FollowUpTasks.AsNoTracking().Where(t => t.Id == task.Id), cancellationToken)).Single();
    }
}
