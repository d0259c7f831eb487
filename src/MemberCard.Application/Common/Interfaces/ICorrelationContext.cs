namespace MemberCard.Application.Common.Interfaces;

public interface ICorrelationContext
{
    string? CorrelationId { get; }
}
