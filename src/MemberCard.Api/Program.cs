using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using MemberCard.Api.Auth;
using MemberCard.Api.Endpoints;
using MemberCard.Api.ErrorHandling;
using MemberCard.Api.Infrastructure;
using MemberCard.Application;
using MemberCard.Application.Cards.ApplyForCard;
using MemberCard.Application.Common.Behaviors;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Members;
using MemberCard.Infrastructure;
using MemberCard.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.AddSimpleConsole(o =>
{
    o.IncludeScopes = true;
    o.SingleLine = true;
    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    o.UseUtcTimestamp = true;
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddScoped<ICorrelationContext, CorrelationContext>();
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Member), typeof(ApplyForCardCommand)];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
});

builder.Services.AddMemberCardAuth(builder.Configuration, builder.Environment);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new StrictEnumConverterFactory());

    // Never reached for reading or writing (the strict converter comes first); its presence is what tells
    // the OpenAPI generator to document enums as strings.
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});

// Binding failures throw so that the one exception handler can name the offending field.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
{
    ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
    ctx.ProblemDetails.Extensions.TryAdd("code", ctx.ProblemDetails.Status switch
    {
        404 => "not_found",
        405 => "method_not_allowed",
        415 => "unsupported_media_type",
        429 => "rate_limited",
        _ => "error",
    });
});
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

builder.Services.AddRequestLocalization(o =>
{
    CultureInfo[] cultures = [new("en"), new("zh-CN")];
    o.DefaultRequestCulture = new RequestCulture("en");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
});

var rateLimits = builder.Configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
builder.Services.AddRateLimiter(o =>
{
    o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            RateLimitPartition.GetFixedWindowLimiter(RateLimitPartitionKey(ctx), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = rateLimits.PermitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })),
        PartitionedRateLimiter.Create<HttpContext, string>(_ =>
            RateLimitPartition.GetConcurrencyLimiter("instance", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = rateLimits.MaxConcurrentRequests,
                QueueLimit = rateLimits.QueuedRequests,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })));
    o.OnRejected = async (ctx, ct) =>
    {
        // Only the caller's own budget says when to come back; a full queue means the whole instance is busy.
        var overCallerBudget = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
        var (status, code, title, detail) = overCallerBudget
            ? (StatusCodes.Status429TooManyRequests, "rate_limited", "Too many requests.", "Slow down and retry after the Retry-After interval.")
            : (StatusCodes.Status503ServiceUnavailable, "overloaded", "The service is busy.", "Too many requests are waiting; retry after the Retry-After interval.");
        ctx.HttpContext.Response.StatusCode = status;
        ctx.HttpContext.Response.Headers.RetryAfter = overCallerBudget
            ? ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
            : "1";

        var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new ProblemDetails
        {
            Status = status,
            Title = ErrorCatalog.Describe(code, title),
            Detail = ErrorCatalog.Describe(code, detail),
        };
        problem.Extensions["code"] = code;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = ctx.HttpContext, ProblemDetails = problem });
    };
});

builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
    .AddCheck<ReadReplicaHealthCheck>("read-replica", tags: ["ready"]);

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(o =>
{
    o.SwaggerDoc("v1", new OpenApiInfo { Title = "MemberCard API", Version = "v1" });
    o.CustomSchemaIds(t => t.FullName!.Replace("+", ".", StringComparison.Ordinal));
    o.AddSecurityDefinition(AuthConstants.ApiKeyScheme, new OpenApiSecurityScheme
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = AuthConstants.ApiKeyHeader,
        Description = "Branch or head-office API key.",
    });
    o.AddSecurityDefinition(AuthConstants.BearerScheme, new OpenApiSecurityScheme
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "Shopper token from POST /api/v1/auth/wechat/login.",
    });
    // Two requirements, not one with both schemes: a caller needs either, never both.
    o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
    {
        [new OpenApiSecuritySchemeReference(AuthConstants.ApiKeyScheme, document)] = [],
    });
    o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
    {
        [new OpenApiSecuritySchemeReference(AuthConstants.BearerScheme, document)] = [],
    });
});

var app = builder.Build();

// `--migrate` is the explicit deployment step of the production image: apply migrations, seed the
// programme defaults and the bootstrap key, then exit without serving.
if (args.Contains("--migrate"))
{
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None, migrate: true);
    return;
}

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

// Localization first, so error responses written by the exception handler see the request's culture.
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseSwagger();
app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "MemberCard API v1"));
app.UseAuthentication();
app.UseMiddleware<PrincipalResolutionMiddleware>();
app.UseRateLimiter();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).DisableRateLimiting();
app.MapAuthEndpoints();
app.MapMeEndpoints();
app.MapBranchEndpoints();
app.MapCheckoutEndpoints();
app.MapPointsEndpoints();
app.MapMilestoneEndpoints();
app.MapComplaintEndpoints();
app.MapCampaignPlanEndpoints();
app.MapMemberRightsEndpoints();
app.MapMemberCareEndpoints();
app.MapHeadOfficeEndpoints();
app.MapJobEndpoints();
app.MapOutboxEndpoints();
app.MapKpiEndpoints();
app.MapReferralEndpoints();
app.MapDashboardEndpoints();
app.MapWeChatCallbackEndpoints();
app.MapStoredValueEndpoints();

await app.RunAsync();

static string RateLimitPartitionKey(HttpContext context)
{
    var principal = context.RequestServices.GetRequiredService<ICurrentPrincipal>();
    return principal.Kind == PrincipalKind.Anonymous
        ? "ip:" + context.Connection.RemoteIpAddress
        : "actor:" + principal.ActorId;
}

/// <summary>Exposed for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
