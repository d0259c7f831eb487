namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// The head-office dashboard in a real headless Chromium against the API on a real port: the key typed into
/// the page, the KPI table of the seeded branches, sorting, the month picker, and the charts.
/// </summary>
public sealed class DashboardBrowserTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    [Fact]
    public async Task DashboardFiles_WhenRequested_AreServedWithAStrictContentSecurityPolicy()
    {
        var client = Anonymous();

        var page = await client.GetAsync("/dashboard");
        var script = await client.GetAsync("/dashboard/dashboard.js");
        var style = await client.GetAsync("/dashboard/dashboard.css");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        (await page.Content.ReadAsStringAsync()).ShouldContain("/dashboard/dashboard.js");
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await script.Content.ReadAsStringAsync()).ShouldContain("/api/v1/hq/kpis");
        style.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
    }

    [ChromiumFact]
    public async Task Dashboard_WhenHqKeyIsEnteredAndMonthChanges_ShowsTheBranchesAndThatMonthsNumbers()
    {
        await FixedChainAsync();
        await using var host = new KestrelApiHost(Factory);
        var address = host.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync(new Uri(address, "/dashboard").ToString());
        await page.FillAsync("#hq-key", MemberCardApiFactory.HeadOfficeKey);
        await page.ClickAsync("#key-form button[type=submit]");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Loaded 2026-08");
        var august = await TableAsync(page);
        var storedKey = await page.EvaluateAsync<string>("sessionStorage.getItem('membercard.hqKey')");
        var memberLines = await page.Locator("#chart-members polyline").CountAsync();
        var gradeBars = await page.Locator("#chart-grades rect").CountAsync();

        await page.ClickAsync("#kpi-table th[data-col=netSpend]");
        var sortedBySpend = await page.Locator("#kpi-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.branchCode)");

        await page.FillAsync("#month", "2026-07");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Loaded 2026-07");
        var july = await TableAsync(page);

        august.Keys.ShouldBe(["SZA", "GZB", "BJC"]);
        august["SZA"]["newCards"].ShouldBe("2");
        august["SZA"]["activationRate"].ShouldBe("50.0%");
        august["SZA"]["netSpend"].ShouldBe("280.00");
        august["SZA"]["grade"].ShouldBe("A");
        august["GZB"]["outstandingPoints"].ShouldBe("300");
        august["BJC"]["averageSpend"].ShouldBe("–");
        august["SZA"]["satisfaction"].ShouldBe("–");
        storedKey.ShouldBe(MemberCardApiFactory.HeadOfficeKey);
        memberLines.ShouldBe(2);
        gradeBars.ShouldBeGreaterThan(4);
        sortedBySpend.ShouldBe(["GZB", "SZA", "BJC"]);
        july["SZA"]["newCards"].ShouldBe("1");
        july["SZA"]["netSpend"].ShouldBe("300.00");
        july["GZB"]["activationRate"].ShouldBe("0.0%");
        scriptErrors.ShouldBeEmpty();
    }

    /// <summary>The table as the page shows it: branch code → column → cell text, in row order.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> TableAsync(IPage page)
    {
        var rows = await page.Locator("#kpi-table tbody tr").EvaluateAllAsync<Dictionary<string, string>[]>(
            "rows => rows.map(r => Object.fromEntries([['code', r.dataset.branchCode], ...[...r.cells].map(c => [c.dataset.col, c.textContent])]))");
        return rows.ToDictionary(r => r["code"], r => r);
    }
}
