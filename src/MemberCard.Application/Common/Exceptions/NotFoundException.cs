namespace MemberCard.Application.Common.Exceptions;

/// <summary>Not found, or not visible to the caller: the two must look the same.</summary>
public sealed class NotFoundException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
