namespace MemberCard.Application.Common.Behaviors;

using Mediator;
using MemberCard.Application.Common.Interfaces;

/// <summary>
/// Every command runs in one database transaction, so its changes, its audit entries and (later) its outbox
/// rows commit together or not at all.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (unitOfWork.HasActiveTransaction)
        {
            return await next(message, cancellationToken);
        }

        return await unitOfWork.InTransactionAsync(async ct => await next(message, ct), cancellationToken);
    }
}
