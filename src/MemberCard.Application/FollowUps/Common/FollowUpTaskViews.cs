namespace MemberCard.Application.FollowUps.Common;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads tasks with the masked member they are about, in one query, soonest due first.</summary>
public static class FollowUpTaskViews
{
    public static async Task<List<FollowUpTaskDto>> LoadAsync(IMemberCardDbContext db, IQueryable<FollowUpTask> tasks, CancellationToken cancellationToken)
    {
        var rows = await tasks
            .Join(db.Members, t => t.MemberId, m => m.Id, (t, m) => new { Task = t, m.Name, m.Phone, m.BirthDate, m.Tier })
            .ToListAsync(cancellationToken);

        // A join does not keep the order of a paged subquery, so the order is restored here.
        return rows
            .OrderBy(r => r.Task.DueAt).ThenBy(r => r.Task.Id)
            .Select(r => From(r.Task, MaskedMemberDto.From(r.Task.MemberId, r.Name, r.Phone, r.BirthDate, r.Tier)))
            .ToList();
    }

    public static FollowUpTaskDto From(FollowUpTask task, MaskedMemberDto member) => new(
        task.Id, task.BranchId.Value, member, task.PurchaseId, task.CadenceStartedAt, task.Step.ToString(), task.Kind.ToString(), task.DueAt,
        task.Status.ToString(), task.Outcome?.ToString(), task.Note, task.ClosedAt);
}
