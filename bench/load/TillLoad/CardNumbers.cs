namespace TillLoad;

using System.Globalization;

/// <summary>Card numbers of the seeded members: region + 7-digit serial + Luhn check digit (as bench/sql/seed.sql).</summary>
internal static class CardNumbers
{
    public static string Of(string region, int serial)
    {
        var body = region + serial.ToString("D7", CultureInfo.InvariantCulture);
        var sum = 0;
        var doubled = true;
        for (var k = body.Length - 1; k >= 0; k--)
        {
            var d = body[k] - '0';
            sum += doubled ? (d * 2) - (9 * (d / 5)) : d;
            doubled = !doubled;
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
