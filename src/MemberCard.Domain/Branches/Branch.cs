namespace MemberCard.Domain.Branches;

using MemberCard.Domain.Common;

public sealed class Branch : AggregateRoot
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    private Branch()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public BranchId Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public RegionCode RegionCode { get; private set; }

    public BranchKind Kind { get; private set; }

    public BranchStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsActive => Status == BranchStatus.Active;

    public static Branch Open(string code, string name, RegionCode regionCode, BranchKind kind, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > CodeMaxLength)
        {
            throw new DomainException("branch.code_invalid", "A branch code is required (at most 20 characters).");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException("branch.name_invalid", "A branch name is required (at most 100 characters).");
        }

        return new Branch
        {
            Id = BranchId.New(),
            Code = code.Trim().ToUpperInvariant(),
            Name = name.Trim(),
            RegionCode = regionCode,
            Kind = kind,
            Status = BranchStatus.Active,
            CreatedAt = now,
        };
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException("branch.name_invalid", "A branch name is required (at most 100 characters).");
        }

        Name = name.Trim();
    }

    public void ChangeKind(BranchKind kind) => Kind = kind;

    public void Close() => Status = BranchStatus.Closed;

    public void Reopen() => Status = BranchStatus.Active;
}
