namespace MemberCard.Domain.Common;

/// <summary>A business rule was broken; <see cref="Code"/> is stable and part of the API contract.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
