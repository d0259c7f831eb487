namespace MemberCard.Application.Common.Exceptions;

/// <summary>
/// A consequential step the caller has not confirmed yet (or confirmed against facts that have since changed):
/// a 409 whose <see cref="Facts"/> tell the caller what confirming would mean, so the warning can be shown and
/// the same request repeated with the confirmation.
/// </summary>
public sealed class ConfirmationRequiredException(string code, string message, IReadOnlyDictionary<string, object> facts)
    : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object> Facts { get; } = facts;
}
