namespace MemberCard.WeChatSimulator;

/// <summary>
/// Runs the simulator on its own (for <c>scripts/run</c>): settings from <c>Simulator__*</c> environment variables
/// or <c>--Simulator:*</c> arguments, listening on <c>http://127.0.0.1:5199</c> unless <c>--urls</c> or
/// <c>ASPNETCORE_URLS</c> say otherwise. Internal so it never clashes with the API's <c>Program</c> in test projects
/// that reference both.
/// </summary>
internal static class Program
{
    private const string DefaultUrl = "http://127.0.0.1:5199";

    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var settings = configuration.GetSection("Simulator").Get<SimulatorSettings>() ?? new SimulatorSettings();

        await using var app = WeChatSimulatorApp.Create(args, settings);
        if (string.IsNullOrEmpty(app.Configuration["urls"]))
        {
            app.Urls.Add(DefaultUrl);
        }

        await app.StartAsync();
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"WeChat simulator listening on {url}");
        }

        Console.WriteLine(
            $"mini-program {settings.MiniProgramAppId}, official account {settings.OfficialAccountAppId}, card {settings.CardId}, "
            + $"pushes to {settings.CallbackUrl ?? "(none: set Simulator__CallbackUrl)"}{(settings.EncodingAesKey is null ? string.Empty : " in safe mode")}");
        await app.WaitForShutdownAsync();
    }
}
