namespace TillProfile;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Domain.Members;
using Npgsql;

/// <summary>
/// Per-request cost of the till endpoints: requests from a few blocking clients through the real HTTP pipeline of
/// the API hosted in this process, counting server allocations (all threads, minus this harness's own), process
/// CPU, and Npgsql commands (round trips). Allocations and commands do not depend on what else the machine runs.
/// Usage (bench/profile/run): environment PROFILE_PG (server connection string without database),
/// PROFILE_DB (database it drops and recreates), PROFILE_MEMBERS, PROFILE_REQUESTS (warm-up and measurement),
/// PROFILE_SECONDS (measure for this long instead), PROFILE_CLIENTS, PROFILE_ENDPOINTS (comma list),
/// PROFILE_ALLOCATIONS=1 (sampled allocations by type).
/// </summary>
internal static class Harness
{
    private const string Region = "755";

    private static async Task<int> Main()
    {
        var server = Environment.GetEnvironmentVariable("PROFILE_PG") ?? "Host=127.0.0.1;Port=54999;Username=postgres";
        var database = Environment.GetEnvironmentVariable("PROFILE_DB") ?? "h_perf_profile";
        var members = int.Parse(Environment.GetEnvironmentVariable("PROFILE_MEMBERS") ?? "20000", CultureInfo.InvariantCulture);
        var requests = int.Parse(Environment.GetEnvironmentVariable("PROFILE_REQUESTS") ?? "400", CultureInfo.InvariantCulture);
        var repo = Environment.GetEnvironmentVariable("PROFILE_REPO") ?? Directory.GetCurrentDirectory();

        await RecreateDatabaseAsync(server, database);
        var connectionString = $"{server};Database={database}";
        var port = FreePort();
        var hqKey = "mc_hq_profile-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Production");
        Environment.SetEnvironmentVariable("ConnectionStrings__MemberCard", connectionString);
        Environment.SetEnvironmentVariable("WeChat__Mode", "Simulated");
        Environment.SetEnvironmentVariable("Database__MigrateOnStartup", "true");
        Environment.SetEnvironmentVariable("MEMBERCARD_HQ_KEY", hqKey);
        Environment.SetEnvironmentVariable("Jwt__SigningKey", Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray()));
        Environment.SetEnvironmentVariable("RateLimiting__PermitsPerMinute", "100000000");
        Environment.SetEnvironmentVariable("Jobs__Enabled", "false");

        // The outbox dispatcher's own polling would count as commands of the requests measured, and so would the
        // KPI delta fold (3 commands every 2 s, off the requests' path: measured on its own in docs/benchmarks.md).
        Environment.SetEnvironmentVariable("Outbox__Enabled", "false");
        Environment.SetEnvironmentVariable("Kpis__DeltaFold__Enabled", "false");
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

        using var recorder = new CommandRecorder();
        var entry = typeof(MemberCard.Api.Endpoints.CheckoutEndpoints).Assembly.EntryPoint!;
        string[] apiArgs = ["--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(repo, "src", "MemberCard.Api")];
        var api = Task.Run(() => (Task)entry.Invoke(null, [apiArgs])!);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitReadyAsync(http, api);
        var (branchIds, tillKey) = await OpenBranchesAsync(http, hqKey);
        Seed(connectionString, members, branchIds, repo);

        var seconds = double.Parse(Environment.GetEnvironmentVariable("PROFILE_SECONDS") ?? "0", CultureInfo.InvariantCulture);
        var endpoints = (Environment.GetEnvironmentVariable("PROFILE_ENDPOINTS") ?? "health,lookup,quote,commit,replay").Split(',');
        var concurrency = int.Parse(Environment.GetEnvironmentVariable("PROFILE_CLIENTS") ?? "8", CultureInfo.InvariantCulture);
        var clients = Enumerable.Range(0, concurrency).Select(_ => new RawHttpClient(port)).ToArray();
        var client = clients[0];
        var random = new Random(42);
        var counter = 0;
        Func<(string Method, string Path, string? Json)> lookup = () =>
            ("GET", "/api/v1/branch/cards/lookup?code=" + Card(random.Next(1, members + 1)), null);
        Func<(string Method, string Path, string? Json)> commit = () =>
        {
            counter++;
            var json = string.Create(CultureInfo.InvariantCulture,
                $$"""{"receiptNo":"prof-{{counter}}","code":"{{Card(random.Next(1, members + 1))}}","lines":[{"sku":"SKU-{{random.Next(1, 5000)}}","category":"grocery","quantity":2,"unitPrice":12.50},{"sku":"SKU-{{random.Next(1, 5000)}}","category":"dairy","quantity":1,"unitPrice":8.90}],"pointsUsed":{{(random.Next(5) == 0 ? 100 : 0)}}}""");
            return ("POST", "/api/v1/branch/purchases", json);
        };
        Func<(string Method, string Path, string? Json)> health = () => ("GET", "/health/live", null);
        Func<(string Method, string Path, string? Json)> quote = () =>
        {
            var json = string.Create(CultureInfo.InvariantCulture,
                $$"""{"code":"{{Card(random.Next(1, members + 1))}}","lines":[{"sku":"SKU-1","category":"grocery","quantity":2,"unitPrice":12.50},{"sku":"SKU-2","category":"dairy","quantity":1,"unitPrice":8.90}],"pointsUsed":0}""");
            return ("POST", "/api/v1/branch/checkout/quote", json);
        };

        // Its first pass commits, its second (the one measured) retries the same bodies: the lock, the read, the stored receipt.
        var replayed = 0;
        Func<(string Method, string Path, string? Json)> replay = () =>
        {
            replayed = replayed % requests + 1;
            var json = string.Create(CultureInfo.InvariantCulture,
                $$"""{"receiptNo":"prof-replay-{{replayed}}","code":"{{Card(replayed % members + 1)}}","lines":[{"sku":"SKU-1","category":"grocery","quantity":2,"unitPrice":12.50}]}""");
            return ("POST", "/api/v1/branch/purchases", json);
        };

        Console.WriteLine($"members {members}; per endpoint {requests} requests from {concurrency} keep-alive connections, after a warm-up of as many");
        Console.WriteLine("endpoint  | alloc KB/req | CPU ms/req | commands/req | mean ms");
        foreach (var (name, next) in new[] { ("health", health), ("lookup", lookup), ("quote", quote), ("commit", commit), ("replay", replay) }.Where(e => endpoints.Contains(e.Item1)))
        {
            Measure(clients, tillKey, next, requests, 0, recorder);
            var result = Measure(clients, tillKey, next, requests, seconds, recorder);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} | {result.AllocatedKb,12:0.0} | {result.CpuMs,10:0.000} | {result.Commands,12:0.00} | {result.MeanMs,7:0.000}"));
        }

        if (Environment.GetEnvironmentVariable("PROFILE_ALLOCATIONS") == "1")
        {
            using var sampler = new AllocationSampler();
            foreach (var (name, next) in new[] { ("lookup", lookup), ("commit", commit) })
            {
                sampler.Start();
                Measure(clients, tillKey, next, requests, 0, recorder);
                var types = sampler.Stop();
                var total = types.Sum(t => t.Bytes);
                Console.WriteLine($"--- {name}: sampled allocations by type (share of {total / 1024 / requests} KB/request)");
                foreach (var (type, bytes) in types.Take(40))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:0.0}%  {type}"));
                }
            }
        }

        foreach (var (name, next) in new[] { ("lookup", lookup), ("commit", commit) })
        {
            recorder.Keep(true);
            var (method, path, json) = next();
            var (status, _, _) = client.Send(method, path, tillKey, json);
            await Task.Delay(100);
            Console.WriteLine($"--- one {name} ({status}): {recorder.Statements.Count} commands");
            foreach (var statement in recorder.Statements)
            {
                Console.WriteLine("  " + statement.ReplaceLineEndings(" "));
            }

            recorder.Keep(false);
        }

        foreach (var c in clients)
        {
            c.Dispose();
        }

        return 0;
    }

    /// <summary>
    /// Sends <paramref name="requests"/> requests, or as many as fit in <paramref name="seconds"/> when it is
    /// positive, over all clients; returns the cost per request.
    /// </summary>
    private static (double AllocatedKb, double CpuMs, double Commands, double MeanMs) Measure(
        RawHttpClient[] clients, string key, Func<(string Method, string Path, string? Json)> next, int requests, double seconds, CommandRecorder recorder)
    {
        var gate = new object();
        var sent = 0;
        var own = new long[clients.Length];
        var failure = (Exception?)null;
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var commands = recorder.Commands;
        var started = Stopwatch.GetTimestamp();
        var threads = clients.Select((client, i) => new Thread(() =>
        {
            var mine = GC.GetAllocatedBytesForCurrentThread();
            while (true)
            {
                (string Method, string Path, string? Json) work;
                lock (gate)
                {
                    var done = seconds > 0 ? Stopwatch.GetElapsedTime(started).TotalSeconds >= seconds : sent >= requests;
                    if (done || failure is not null)
                    {
                        break;
                    }

                    sent++;
                    work = next();
                }

                var (status, _, body) = client.Send(work.Method, work.Path, key, work.Json);
                if (status >= 300)
                {
                    failure ??= new InvalidOperationException($"{work.Method} {work.Path} answered {status}: {body}");
                }
            }

            own[i] = GC.GetAllocatedBytesForCurrentThread() - mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var elapsed = Stopwatch.GetElapsedTime(started);
        var total = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        if (failure is not null)
        {
            throw failure;
        }

        return ((total - own.Sum()) / 1024.0 / sent, cpuMs / sent, (double)(recorder.Commands - commands) / sent,
            elapsed.TotalMilliseconds * clients.Length / sent);
    }

    private static string Card(int serial)
    {
        var body = Region + serial.ToString("D7", CultureInfo.InvariantCulture);
        return body + CardNumber.CheckDigit(body);
    }

    private static async Task RecreateDatabaseAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection($"{server};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task WaitReadyAsync(HttpClient http, Task api)
    {
        for (var i = 0; i < 600; i++)
        {
            if (api.IsCompleted)
            {
                await api;
                throw new InvalidOperationException("The API stopped during start-up.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The API did not become ready.");
    }

    private static async Task<(List<Guid> BranchIds, string TillKey)> OpenBranchesAsync(HttpClient http, string hqKey)
    {
        http.DefaultRequestHeaders.Add("X-Api-Key", hqKey);
        var ids = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            var code = $"BENCH{i:00}";
            var response = await http.PostAsJsonAsync(new Uri("/api/v1/hq/branches", UriKind.Relative),
                new { code, name = $"Bench store {i}", regionCode = Region, kind = "Direct" });
            var branch = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
            ids.Add(Guid.Parse(branch["id"]!.GetValue<string>()));
        }

        var key = await http.PostAsJsonAsync(new Uri("/api/v1/hq/api-keys", UriKind.Relative), new { name = "profile till", role = "Branch", branchCode = "BENCH01" });
        var secret = (await key.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
        http.DefaultRequestHeaders.Remove("X-Api-Key");
        return (ids, secret);
    }

    private static void Seed(string connectionString, int members, List<Guid> branchIds, string repo)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var psql = new ProcessStartInfo("psql")
        {
            ArgumentList =
            {
                "-q", "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!,
                "-v", $"members={members}", "-v", $"region={Region}", "-v", "branches={" + string.Join(',', branchIds) + "}",
                "-f", Path.Combine(repo, "bench", "sql", "seed.sql"),
            },
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(psql)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Seeding failed.");
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
