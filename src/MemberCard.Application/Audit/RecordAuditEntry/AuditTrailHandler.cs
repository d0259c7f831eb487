namespace MemberCard.Application.Audit.RecordAuditEntry;

using System.Text.Json;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Audit;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members.Events;

/// <summary>
/// Turns every domain event into an audit entry in the same unit of work. Also the catch-all handler the
/// source generator needs so that an event without other handlers still compiles.
/// </summary>
public sealed class AuditTrailHandler(IMemberCardDbContext db, ICurrentPrincipal principal, ICorrelationContext correlation)
    : INotificationHandler<IDomainEvent>
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new SingleValueJsonConverterFactory(), new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public ValueTask Handle(IDomainEvent notification, CancellationToken cancellationToken)
    {
        if (notification is not IMemberEvent memberEvent)
        {
            return ValueTask.CompletedTask;
        }

        var branch = principal.Kind == PrincipalKind.Branch ? principal.BranchId.Value : (Guid?)null;
        db.AuditEntries.Add(AuditEntry.Record(
            memberEvent.OccurredAt,
            memberEvent.Action,
            principal.Kind.ToString(),
            principal.ActorId,
            branch,
            "member",
            memberEvent.MemberId.ToString(),
            JsonSerializer.Serialize(memberEvent, memberEvent.GetType(), DetailsJson),
            correlation.CorrelationId));
        return ValueTask.CompletedTask;
    }
}
