namespace MemberCard.Infrastructure.Persistence.Converters;

using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

internal sealed class BranchIdConverter() : ValueConverter<BranchId, Guid>(id => id.Value, value => new BranchId(value));

internal sealed class MemberIdConverter() : ValueConverter<MemberId, Guid>(id => id.Value, value => new MemberId(value));

internal sealed class CardIdConverter() : ValueConverter<CardId, Guid>(id => id.Value, value => new CardId(value));

internal sealed class ApiKeyIdConverter() : ValueConverter<ApiKeyId, Guid>(id => id.Value, value => new ApiKeyId(value));

internal sealed class PurchaseIdConverter() : ValueConverter<PurchaseId, Guid>(id => id.Value, value => new PurchaseId(value));

internal sealed class PointsLotIdConverter() : ValueConverter<PointsLotId, Guid>(id => id.Value, value => new PointsLotId(value));

internal sealed class GiftIdConverter() : ValueConverter<GiftId, Guid>(id => id.Value, value => new GiftId(value));

/// <summary>Values in the database were valid when written; reading them back re-checks nothing twice.</summary>
internal sealed class CardNumberConverter() : ValueConverter<CardNumber, string>(n => n.Value, value => CardNumber.Parse(value));

internal sealed class PhoneNumberConverter() : ValueConverter<PhoneNumber, string>(p => p.Value, value => PhoneNumber.FromStored(value));

internal sealed class RegionCodeConverter() : ValueConverter<RegionCode, string>(r => r.Value, value => RegionCode.Create(value));
