namespace MemberCard.Infrastructure.Persistence.Converters;

using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

internal sealed class BranchIdConverter() : ValueConverter<BranchId, Guid>(id => id.Value, value => new BranchId(value));

internal sealed class MemberIdConverter() : ValueConverter<MemberId, Guid>(id => id.Value, value => new MemberId(value));

internal sealed class CardIdConverter() : ValueConverter<CardId, Guid>(id => id.Value, value => new CardId(value));

internal sealed class ApiKeyIdConverter() : ValueConverter<ApiKeyId, Guid>(id => id.Value, value => new ApiKeyId(value));

/// <summary>Values in the database were valid when written; reading them back re-checks nothing twice.</summary>
internal sealed class CardNumberConverter() : ValueConverter<CardNumber, string>(n => n.Value, value => CardNumber.Parse(value));

internal sealed class PhoneNumberConverter() : ValueConverter<PhoneNumber, string>(p => p.Value, value => PhoneNumber.Create(value));

internal sealed class RegionCodeConverter() : ValueConverter<RegionCode, string>(r => r.Value, value => RegionCode.Create(value));
