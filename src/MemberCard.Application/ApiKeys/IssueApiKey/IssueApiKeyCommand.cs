namespace MemberCard.Application.ApiKeys.IssueApiKey;

using Mediator;
using MemberCard.Domain.ApiKeys;

/// <summary>Issues a key for one branch (name the branch by id or code) or for head office.</summary>
public sealed record IssueApiKeyCommand(string? Name, ApiKeyRole? Role, Guid? BranchId, string? BranchCode) : ICommand<IssuedApiKey>;
