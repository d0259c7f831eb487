namespace MemberCard.Api.Auth;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.ApiKeys;
using MemberCard.Domain.Branches;
using Microsoft.Extensions.Caching.Memory;

/// <summary>
/// Verified keys are remembered for <see cref="Lifetime"/>. A revocation on this instance takes effect at once;
/// on other instances within that lifetime (see docs/adr/0004).
/// </summary>
public sealed class ApiKeyCache(IMemoryCache cache) : ICredentialCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public bool TryGet(string keyHash, out VerifiedKey key) => cache.TryGetValue(CacheKey(keyHash), out key!);

    public void Remember(string keyHash, VerifiedKey key) => cache.Set(CacheKey(keyHash), key, Lifetime);

    public void Forget(string keyHash) => cache.Remove(CacheKey(keyHash));

    private static string CacheKey(string keyHash) => "api-key:" + keyHash;
}

public sealed record VerifiedKey(ApiKeyId Id, ApiKeyRole Role, BranchId? BranchId);
