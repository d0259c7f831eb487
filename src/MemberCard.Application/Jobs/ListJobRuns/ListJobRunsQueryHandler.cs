namespace MemberCard.Application.Jobs.ListJobRuns;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class ListJobRunsQueryHandler(IMemberCardDbContext db) : IQueryHandler<ListJobRunsQuery, IReadOnlyList<JobRunDto>>
{
    public async ValueTask<IReadOnlyList<JobRunDto>> Handle(ListJobRunsQuery query, CancellationToken cancellationToken)
    {
        var runs = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Name))
        {
            runs = runs.Where(r => r.Name == query.Name);
        }

        return await runs.OrderByDescending(r => r.Id)
            .Take(query.Take)
            .Select(r => new JobRunDto(r.Id, r.Name, r.AsOf, r.Trigger, r.Processed, r.StartedAt, r.FinishedAt))
            .ToListAsync(cancellationToken);
    }
}
