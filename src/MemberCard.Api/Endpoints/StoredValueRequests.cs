namespace MemberCard.Api.Endpoints;

using MemberCard.Domain.StoredValue;

public sealed record TopUpRequest(string? ReceiptNo, string? Code, decimal? Amount, Guid? PackageId, string? PaymentMethod);

public sealed record TopUpOrderRequest(decimal? Amount, Guid? PackageId);

public sealed record StoredValueAdjustmentRequest(decimal? Principal, decimal? Bonus, string? Reason);

public sealed record StoredValueRefundRequest(string? CardNumber, string? ApprovedBy, string? Reason);

public sealed record TopUpPackageRequest(string? Name, decimal? Pay, decimal? Bonus, bool? Active);

public sealed record StoredValueSettingsRequest(decimal? MaxBalance, StoredValueSpendOrder? SpendOrder, bool? DepositsCountForTier);
