namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

public partial interface IMemberCardDbContext
{
    DbSet<StoredValueAccount> StoredValueAccounts { get; }

    DbSet<StoredValueLedgerEntry> StoredValueLedger { get; }

    DbSet<StoredValueTopUp> StoredValueTopUps { get; }

    DbSet<TopUpPackage> TopUpPackages { get; }
}
