namespace MemberCard.Infrastructure.Notifications;

using MemberCard.Application.Common.Notifications;
using MemberCard.Application.Common.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

internal static class NotificationRegistration
{
    public static void AddNotifications(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotificationOptions.Section);
        services.Configure<NotificationOptions>(section);
        if (string.Equals(section["Sender"], "WeChat", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<INotificationSender, WeChatNotificationSender>();
        }
        else
        {
            services.AddSingleton<INotificationSender, LoggingNotificationSender>();
        }

        services.AddScoped<IOutboxDelivery, NotificationDelivery>();
    }
}
