namespace MemberCard.Application.StoredValue.GetTopUpReceipt;

using Mediator;
using MemberCard.Application.StoredValue.TopUpAtTill;

/// <summary>A reprint of one of the calling branch's top-up receipts.</summary>
public sealed record GetTopUpReceiptQuery(string ReceiptNo) : IQuery<TopUpReceipt>;
