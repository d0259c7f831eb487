namespace MemberCard.WeChatSimulator.Middleware;

using MemberCard.WeChatSimulator.Endpoints;
using MemberCard.WeChatSimulator.Model;

/// <summary>Applies the configured <see cref="FaultRule"/> to WeChat calls before they reach an endpoint.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, SimulatorState state, TimeProvider clock)
{
    public const string FaultItemKey = "sim.fault";

    public async Task InvokeAsync(HttpContext context)
    {
        if (ControlEndpoints.IsControlPath(context.Request.Path) || state.TakeFault(context.Request.Path.Value ?? string.Empty) is not { } fault)
        {
            await next(context);
            return;
        }

        context.Items[FaultItemKey] = fault.Mode.ToString().ToLowerInvariant();
        switch (fault.Mode)
        {
            case FaultMode.Busy:
                await WeChatResults.Error(ErrCode.SystemBusy).ExecuteAsync(context);
                return;
            case FaultMode.Down:
                context.Abort();
                return;
            case FaultMode.Slow:
                // Not cancelled when the client gives up: the call is still applied, like a WeChat call that
                // timed out on our side after WeChat did the work.
                await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), clock, CancellationToken.None);
                await next(context);
                return;
            default:
                await next(context);
                return;
        }
    }
}
