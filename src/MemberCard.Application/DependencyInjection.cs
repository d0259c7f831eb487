namespace MemberCard.Application;

using FluentValidation;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<Common.Points.PointsDesk>();
        services.AddScoped<Checkout.Common.CheckoutPricing>();
        services.AddScoped<Referrals.Common.ReferralDesk>();
        services.AddScoped<StoredValue.Common.StoredValueDesk>();
        services.AddScoped<StoredValue.Common.StoredValueCheckout>();
        services.AddScoped<ICurrentPrincipal>(sp => sp.GetRequiredService<CurrentPrincipal>());
        return services;
    }
}
