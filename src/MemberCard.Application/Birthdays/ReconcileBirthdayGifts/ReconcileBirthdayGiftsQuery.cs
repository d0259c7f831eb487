namespace MemberCard.Application.Birthdays.ReconcileBirthdayGifts;

using Mediator;

/// <summary>
/// The twice-monthly reconciliation of the gift registry for <see cref="Period"/> (YYYY-MM-1: the 1st to the
/// 15th; YYYY-MM-2: the 16th to the month's end): what was issued, collected and returned in the period, and
/// what was still waiting for its member at the period's end.
/// </summary>
public sealed record ReconcileBirthdayGiftsQuery(string? Period, string? Branch) : IQuery<BirthdayGiftReconciliationDto>;
