namespace MemberCard.Api.IntegrationTests.Kpis;

/// <summary>A browser test: skipped, saying why, on a machine without Debian's Chromium.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"No browser at {ChromiumPath}: install Debian's chromium (apt-get install -y chromium) to run the dashboard tests.";
        }
    }
}
