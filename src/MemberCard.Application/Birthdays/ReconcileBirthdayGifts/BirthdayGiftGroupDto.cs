namespace MemberCard.Application.Birthdays.ReconcileBirthdayGifts;

using MemberCard.Application.Birthdays.Common;

public sealed record BirthdayGiftGroupDto(int Count, IReadOnlyList<BirthdayGiftDto> Items)
{
    public static BirthdayGiftGroupDto Of(IEnumerable<BirthdayGiftDto> gifts)
    {
        var items = gifts.ToList();
        return new BirthdayGiftGroupDto(items.Count, items);
    }
}
