namespace MemberCard.Domain.Members;

public readonly record struct MemberId(Guid Value)
{
    public static MemberId New() => new(Guid.CreateVersion7());

    public static MemberId None => new(Guid.Empty);

    public override string ToString() => Value.ToString();
}
