namespace MemberCard.Application.ApiKeys.IssueApiKey;

using MemberCard.Application.ApiKeys.Common;

/// <summary>The only time the secret is ever returned.</summary>
public sealed record IssuedApiKey(string Secret, ApiKeyDto Key);
