namespace MemberCard.Application.Common.Interfaces;

/// <summary>Remembers recently verified API keys so a till's every request does not cost a database round trip.</summary>
public interface ICredentialCache
{
    /// <summary>Forgets a key at once, e.g. when it is revoked.</summary>
    void Forget(string keyHash);
}
