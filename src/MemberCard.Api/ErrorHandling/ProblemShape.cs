namespace MemberCard.Api.ErrorHandling;

/// <summary>How one exception becomes a problem response.</summary>
internal sealed record ProblemShape(int Status, string Code, string Title, string Detail, IDictionary<string, string[]>? Errors = null, object? Reasons = null,
    IReadOnlyDictionary<string, object>? Facts = null);
