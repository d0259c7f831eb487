namespace MemberCard.Application.Common.Exceptions;

/// <summary>Input that passed shape validation but is still wrong (e.g. a WeChat code that WeChat refuses).</summary>
public sealed class InvalidInputException(string field, string code, string message) : Exception(message)
{
    public string Field { get; } = field;

    public string Code { get; } = code;
}
