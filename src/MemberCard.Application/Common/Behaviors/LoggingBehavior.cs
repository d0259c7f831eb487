namespace MemberCard.Application.Common.Behaviors;

using System.Diagnostics;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

/// <summary>Logs each message by type and principal id only: message bodies can hold personal data.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICurrentPrincipal principal)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, typeof(TMessage).Name, principal.Kind, principal.ActorId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, typeof(TMessage).Name, principal.Kind, principal.ActorId, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {MessageType} for {PrincipalKind} {ActorId} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, PrincipalKind principalKind, string actorId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} for {PrincipalKind} {ActorId} ended with {ExceptionType} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string messageType, PrincipalKind principalKind, string actorId, string exceptionType, double elapsedMs);
}
