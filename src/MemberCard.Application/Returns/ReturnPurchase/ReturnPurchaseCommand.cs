namespace MemberCard.Application.Returns.ReturnPurchase;

using Mediator;

/// <summary>
/// Returns some or all lines of a receipt of the calling branch (head office names the branch). It may be
/// repeated until everything bought has come back.
/// </summary>
public sealed record ReturnPurchaseCommand(string ReceiptNo, string? BranchCode, IReadOnlyList<ReturnLineInput>? Lines) : ICommand<ReturnReceipt>;
