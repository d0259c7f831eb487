namespace MemberCard.Application.StoredValue.RefundPrincipal;

using Mediator;

/// <summary>
/// A member asks for their unused principal back: all of it is paid back and the bonus is forfeited. A branch
/// does it for its own members, head office for any; either way it records who approved it.
/// </summary>
public sealed record RefundPrincipalCommand(string? CardNumber, string? ApprovedBy, string? Reason) : ICommand<RefundReceipt>;
