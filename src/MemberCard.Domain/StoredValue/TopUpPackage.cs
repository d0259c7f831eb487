namespace MemberCard.Domain.StoredValue;

using MemberCard.Domain.Common;

/// <summary>A head-office top-up offer: pay <see cref="Pay"/>, get <see cref="Bonus"/> on top ("pay ¥1,000, get ¥1,100").</summary>
public sealed class TopUpPackage
{
    public const int NameMaxLength = 60;

    private TopUpPackage()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public decimal Pay { get; private set; }

    public decimal Bonus { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TopUpPackage Create(string name, Money pay, Money bonus, DateTimeOffset now)
    {
        var package = new TopUpPackage { Id = Guid.CreateVersion7() };
        package.Update(name, pay, bonus, active: true, now);
        return package;
    }

    public void Update(string name, Money pay, Money bonus, bool active, DateTimeOffset now)
    {
        if (pay.Yuan <= 0m)
        {
            throw new DomainException("stored_value.package_invalid", "A package pays in a positive amount.");
        }

        Name = name.Trim();
        Pay = pay.Yuan;
        Bonus = bonus.Yuan;
        Active = active;
        UpdatedAt = now;
    }

    public void EnsureActive()
    {
        if (!Active)
        {
            throw new DomainException("stored_value.package_inactive", "The top-up package is no longer offered.");
        }
    }
}
