namespace MemberCard.Domain.ApiKeys;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;

/// <summary>
/// A credential for a branch POS or head office. Only the SHA-256 hash of the secret is kept: the secret is
/// shown once when issued. Keys are high-entropy random strings, so a fast hash is enough.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 10;

    private ApiKey()
    {
        Name = string.Empty;
        Hash = string.Empty;
        Prefix = string.Empty;
    }

    public ApiKeyId Id { get; private set; }

    public string Name { get; private set; }

    public ApiKeyRole Role { get; private set; }

    public BranchId? BranchId { get; private set; }

    /// <summary>The first characters of the secret, so staff can tell keys apart without the secret.</summary>
    public string Prefix { get; private set; }

    public string Hash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Issue(string name, ApiKeyRole role, BranchId? branchId, string secretPrefix, string hash, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException("api_key.name_invalid", "A key name is required (at most 100 characters).");
        }

        if ((role == ApiKeyRole.Branch) != (branchId is not null))
        {
            throw new DomainException("api_key.branch_mismatch", "A branch key names exactly one branch; a head-office key names none.");
        }

        return new ApiKey
        {
            Id = ApiKeyId.New(),
            Name = name.Trim(),
            Role = role,
            BranchId = branchId,
            Prefix = secretPrefix,
            Hash = hash,
            CreatedAt = now,
        };
    }

    public void Revoke(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            throw new DomainException("api_key.already_revoked", "The key is already revoked.");
        }

        RevokedAt = now;
    }
}
