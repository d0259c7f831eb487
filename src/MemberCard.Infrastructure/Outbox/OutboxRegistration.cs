namespace MemberCard.Infrastructure.Outbox;

using MemberCard.Application.Common.Outbox;
using MemberCard.Application.WeChat.Deliveries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

internal static class OutboxRegistration
{
    public static void AddOutbox(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxRateLimiter>();
                // One per process: it remembers whether its last deliveries failed (see OutboxDispatcher).
        services.AddSingleton<IOutboxDispatcher, OutboxDispatcher>();
        services.AddScoped<IOutboxDelivery, CardSyncDelivery>();
        services.AddScoped<IOutboxDelivery, CardActivationDelivery>();
        services.AddScoped<IOutboxDelivery, CardUnavailableDelivery>();
        services.AddScoped<IOutboxDelivery, ActivationFormDelivery>();
        services.AddHostedService<OutboxBackgroundService>();
    }
}
