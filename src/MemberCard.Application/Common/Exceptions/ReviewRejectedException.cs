namespace MemberCard.Application.Common.Exceptions;

/// <summary>The automatic review refused a request; every reason is returned to the caller.</summary>
public sealed class ReviewRejectedException(IReadOnlyList<ReviewReason> reasons)
    : Exception("The automatic review rejected the request.")
{
    public IReadOnlyList<ReviewReason> Reasons { get; } = reasons;
}
