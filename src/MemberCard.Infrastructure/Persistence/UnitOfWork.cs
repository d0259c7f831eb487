namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

internal sealed class UnitOfWork(MemberCardDbContext db) : IUnitOfWork
{
    public bool HasActiveTransaction => db.Database.CurrentTransaction is not null;

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
