namespace MemberCard.Application.Outbox.RetryOutboxMessage;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Outbox.ListOutboxMessages;
using Microsoft.EntityFrameworkCore;

public sealed class RetryOutboxMessageCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<RetryOutboxMessageCommand, OutboxMessageDto>
{
    public async ValueTask<OutboxMessageDto> Handle(RetryOutboxMessageCommand command, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("outbox.not_found", "No such outbox message.");
        message.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return OutboxMessageDto.From(message);
    }
}
