namespace MemberCard.Application.Referrals.Common;

/// <summary>
/// What the mini-program shares (<c>onShareAppMessage</c> returns <see cref="Path"/>): the application page with
/// the code in its query, which the page passes on as the application's <c>referralCode</c>.
/// <see cref="Scene"/> is the same code for a QR poster (<c>wxacode.getUnlimited</c>, at most 32 characters).
/// </summary>
public sealed record ReferralShareDto(string Path, string Page, string Query, string Scene)
{
    public const string ApplicationPage = "pages/card/apply";
    public const string QueryName = "referralCode";

    public static ReferralShareDto For(string code) =>
        new($"{ApplicationPage}?{QueryName}={code}", ApplicationPage, $"{QueryName}={code}", $"rc={code}");
}
