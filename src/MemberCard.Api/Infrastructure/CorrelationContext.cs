namespace MemberCard.Api.Infrastructure;

using MemberCard.Application.Common.Interfaces;

public sealed class CorrelationContext(IHttpContextAccessor accessor) : ICorrelationContext
{
    public string? CorrelationId => accessor.HttpContext?.Items[RequestLoggingMiddleware.CorrelationItem] as string;
}
