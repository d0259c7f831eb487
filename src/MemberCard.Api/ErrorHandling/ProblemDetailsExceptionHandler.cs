namespace MemberCard.Api.ErrorHandling;

using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.WeChat;
using MemberCard.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

/// <summary>
/// The one place exceptions become RFC 9457 problems, each with a stable <c>code</c> and the <c>traceId</c>.
/// Input errors are 4xx and never leak internals; anything unexpected is a bare 500.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problems, NpgsqlDataSource dataSource, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>Unique indexes whose violation is a review outcome rather than a plain conflict.</summary>
    private static readonly Dictionary<string, (int Status, string Code, string Field, string Message)> UniqueIndexes = new(StringComparer.Ordinal)
    {
        ["ix_members_phone"] = (StatusCodes.Status422UnprocessableEntity, "review.phone_taken", "phone", "This phone number already has a member card."),
        ["ix_members_mini_program_open_id"] = (StatusCodes.Status422UnprocessableEntity, "review.wechat_taken", "wechat", "This WeChat account already has a member card."),
        ["ix_members_union_id"] = (StatusCodes.Status422UnprocessableEntity, "review.wechat_taken", "wechat", "This WeChat account already has a member card."),
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var shape = Shape(exception);
        if (shape.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.TraceIdentifier);
        }

        if (shape.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        if (shape.Code == DatabaseUnavailable)
        {
            // A terminated session or a restarted server leaves every idle pooled connection dead; without this
            // each of them would fail one more request before the pool heals itself.
            dataSource.Clear();
        }

        var problem = shape.Errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(shape.Errors);
        problem.Status = shape.Status;
        problem.Title = ErrorCatalog.Describe(shape.Code, shape.Title);
        problem.Detail = ErrorCatalog.Describe(shape.Code, shape.Detail);
        problem.Extensions["code"] = shape.Code;
        if (shape.Reasons is not null)
        {
            problem.Extensions["reasons"] = shape.Reasons;
        }

        foreach (var (name, value) in shape.Facts ?? new Dictionary<string, object>())
        {
            problem.Extensions[name] = value;
        }

        httpContext.Response.StatusCode = shape.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private const string DatabaseUnavailable = "database.unavailable";

    private static ProblemShape Shape(Exception exception) => exception switch
    {
        _ when IsDatabaseUnavailable(exception) => new(503, DatabaseUnavailable, "The database is not available.",
            "The database did not answer. Retry shortly; a purchase retried with the same receipt number is stored once."),
        ValidationException v => Validation(v),
        BadHttpRequestException bad => BadRequest(bad),
        InvalidInputException input => new(400, input.Code, "One or more fields are invalid.", input.Message,
            new Dictionary<string, string[]> { [input.Field] = [ErrorCatalog.Describe(input.Code, input.Message)] }),
        NotFoundException notFound => new(404, notFound.Code, "Not found.", notFound.Message),
        ForbiddenException forbidden => new(403, forbidden.Code, "Forbidden.", forbidden.Message),
        ReviewRejectedException review => Review(review),
        WeChatCallbackRejectedException rejected => rejected.BadSignature
            ? new(401, "wechat.signature_invalid", "The WeChat signature is missing, wrong or stale.", rejected.Message)
            : new(400, "wechat.message_invalid", "The WeChat message could not be read.", rejected.Message),
        WeChatApiException weChat => WeChat(weChat),
        ConfirmationRequiredException confirm => new(409, confirm.Code, "The request needs confirmation.", confirm.Message, Facts: confirm.Facts),
        DomainException domain => new(409, domain.Code, "The request conflicts with the current state.", domain.Message),
        DbUpdateConcurrencyException => new(409, "concurrency_conflict", "Concurrent change.", "The record was changed by someone else; reload and try again."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } => Unique(unique),
        _ => new(500, "internal_error", "An unexpected error occurred.", "The error has been logged; quote the traceId when reporting it."),
    };

    /// <summary>
    /// The database went away (connection refused or reset, session terminated, server shutting down or starting,
    /// out of connections): the request may be retried as it was, so it is a 503 with Retry-After, not a 500.
    /// </summary>
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
                case NpgsqlException npgsql:
                    return npgsql.InnerException is IOException or SocketException or TimeoutException;
                default:
                    break;
            }
        }

        return false;
    }

    private static ProblemShape Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => JsonName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => ErrorCatalog.Describe(e.ErrorCode, e.ErrorMessage)).Distinct().ToArray());
        return new(400, "validation_failed", "One or more fields are invalid.", "See errors for each field.", errors);
    }

    private static ProblemShape BadRequest(BadHttpRequestException exception)
    {
        var field = exception.InnerException is JsonException { Path: { } path } ? JsonPathField(path) : ParameterField(exception.Message);
        var message = exception.InnerException is JsonException
            ? ErrorCatalog.Describe("value.wrong_type", "The value has the wrong type or format.")
            : exception.StatusCode == StatusCodes.Status400BadRequest ? ErrorCatalog.Describe("body.unreadable", "The request could not be read.") : exception.Message;
        return new(exception.StatusCode, "body_invalid", "The request could not be read.", message,
            new Dictionary<string, string[]> { [field] = [message] });
    }

    /// <summary>A code WeChat refused is the caller's input; WeChat being busy or away is ours to retry later.</summary>
    private static ProblemShape WeChat(WeChatApiException exception)
    {
        var field = exception.Endpoint.Contains("phone", StringComparison.Ordinal) ? "phoneCode" : "code";
        return exception.Kind switch
        {
            WeChatErrorKind.InvalidCode or WeChatErrorKind.RiskyUser => new(400, "wechat.code_invalid", "One or more fields are invalid.",
                "WeChat did not accept the code.", new Dictionary<string, string[]> { [field] = [ErrorCatalog.Describe("wechat.code_invalid", "WeChat did not accept the code.")] }),
            _ when exception.IsTransient => new(503, "wechat.unavailable", "WeChat is not available.", "WeChat did not answer in time; try again shortly."),
            _ => new(502, "wechat.error", "WeChat refused the request.", "WeChat refused the request; the error has been logged."),
        };
    }

    private static ProblemShape Review(ReviewRejectedException exception)
    {
        var errors = exception.Reasons
            .GroupBy(r => r.Field)
            .ToDictionary(g => g.Key, g => g.Select(r => ErrorCatalog.Describe(r.Code, r.Message)).ToArray());
        var reasons = exception.Reasons.Select(r => new { code = r.Code, field = r.Field, message = ErrorCatalog.Describe(r.Code, r.Message) }).ToList();
        var code = exception.Reasons.Count == 1 ? exception.Reasons[0].Code : "review_rejected";
        return new(422, code, "The automatic review rejected the request.", string.Join(" ", exception.Reasons.Select(r => r.Message)), errors, reasons);
    }

    private static ProblemShape Unique(PostgresException exception)
    {
        if (exception.ConstraintName is { } name && UniqueIndexes.TryGetValue(name, out var known))
        {
            return Review(new ReviewRejectedException([new ReviewReason(known.Code, known.Field, known.Message)])) with { Status = known.Status };
        }

        return new(409, "duplicate", "Duplicate.", "A record with the same unique value already exists.");
    }

    /// <summary>"Tiers[0].DiscountRate" → "tiers[0].discountRate", matching the JSON the client sent.</summary>
    private static string JsonName(string propertyName) =>
        string.IsNullOrEmpty(propertyName)
            ? "body"
            : string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    /// <summary>"$.tiers[0].discountRate" → "tiers[0].discountRate"; the root itself is "body".</summary>
    private static string JsonPathField(string path)
    {
        var field = path.TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    private static string ParameterField(string message)
    {
        var match = ParameterPattern().Match(message);
        return match.Success ? match.Groups["name"].Value : "body";
    }

    [GeneratedRegex("parameter \"[^\"]*? (?<name>[A-Za-z0-9_]+)\"", RegexOptions.CultureInvariant, 100)]
    private static partial Regex ParameterPattern();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for request {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}
