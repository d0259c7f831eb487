namespace MemberCard.Api.Endpoints;

using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Checkout.CommitPurchase;
using MemberCard.Application.Programme;
using MemberCard.Application.Returns.ReturnPurchase;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

// The API's own request bodies: the contract the mini-program and POS vendors build against, kept apart
// from the commands so either can change without silently changing the other.

public sealed record LoginRequest(string? Code);

public sealed record CardApplicationRequest(
    string? Name, Gender? Gender, DateOnly? BirthDate, string? Phone, string? Address, string? Email, string? BranchCode,
    string? ReferralCode = null);

public sealed record BindPhoneRequest(string? PhoneCode);

public sealed record ProfileChangeRequest(string? Name, Gender? Gender, DateOnly? BirthDate, string? Address, string? Email, string? Phone);

public sealed record OpenBranchRequest(string? Code, string? Name, string? RegionCode, BranchKind? Kind);

public sealed record BranchChangeRequest(string? Name, BranchKind? Kind, BranchStatus? Status);

public sealed record IssueApiKeyRequest(string? Name, ApiKeyRole? Role, Guid? BranchId, string? BranchCode);

public sealed record ProgrammeRequest(
    string? TimeZone,
    IReadOnlyList<TierRuleDto>? Tiers,
    decimal? SinglePurchaseUpgradeThreshold,
    int? UpgradeSpendWindowMonths,
    int? DowngradeReviewWindowMonths,
    decimal? BirthdayDiscountRate,
    decimal? BirthdayPointsMultiplier,
    int? PointsExpiryMonths,
    int? PointsPerYuan,
    int? CardValidityMonths,
    string? DefaultOnlineBranchCode,
    decimal? MaxPointsMultiplier = null,
    IReadOnlyList<MilestoneRuleDto>? Milestones = null,
    int? MilestoneClaimMonths = null,
    IReadOnlyList<int>? RedemptionMonths = null,
    FollowUpCadenceDto? FollowUpCadence = null,
    int? ComplaintResponseHours = null);

public sealed record QuoteRequest(string? Code, IReadOnlyList<CheckoutLineInput>? Lines, long? PointsUsed, bool IsCardApplicationPurchase = false);

public sealed record PurchaseRequest(
    string? ReceiptNo, string? Code, IReadOnlyList<CheckoutLineInput>? Lines, long? PointsUsed, bool IsCardApplicationPurchase = false,
    IReadOnlyList<PaymentInput>? Payments = null);

public sealed record ReturnRequest(IReadOnlyList<ReturnLineInput>? Lines);

public sealed record GiftRequest(string? Name, long? PointsPrice, int? Stock, DateOnly? ActiveFrom, DateOnly? ActiveTo);

public sealed record RedemptionRequest(string? Code, Guid? GiftId, int? Quantity, long? Points, string? Reference);

public sealed record ShopperRedemptionRequest(Guid? GiftId, int? Quantity, string? Reference);

public sealed record CampaignRequest(
    string? Name, decimal? Multiplier, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<Guid>? BranchIds, IReadOnlyList<string>? Categories);

public sealed record PointsAdjustmentRequest(long? Points, string? Reason);
