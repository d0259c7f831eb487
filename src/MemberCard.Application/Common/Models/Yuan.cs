namespace MemberCard.Application.Common.Models;

/// <summary>Money leaves the API as yuan with exactly two decimal places (700 → 700.00).</summary>
public static class Yuan
{
    public static decimal Of(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
