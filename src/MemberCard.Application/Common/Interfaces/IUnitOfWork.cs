namespace MemberCard.Application.Common.Interfaces;

public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }

    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
