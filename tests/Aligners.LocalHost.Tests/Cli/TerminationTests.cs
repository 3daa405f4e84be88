using System.Net.Sockets;

namespace Aligners.LocalHost.Tests.Cli;

/// <summary>
/// Stopping the local host the way <c>timeout</c>, a terminal's Ctrl-C or a service manager does:
/// the signal reaches the app more than once (from the shell's process group and forwarded by
/// <c>dotnet run</c>), and the app must stop cleanly every time, without a stack trace.
/// </summary>
[Trait("Category", "Integration")]
public class TerminationTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task Serve_SigtermTwice_StopsWithoutAnUnhandledException()
    {
        await using var host = await LocalHostProcess.StartAsync(HostSettings.Fresh(_azurite));

        host.Terminate();
        host.Terminate();
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null, $"still running a minute after SIGTERM:\n{host.Output}");
        Assert.DoesNotContain("Unhandled exception", host.Output);
    }

    [Fact]
    public async Task Serve_SigtermWithWorkInFlight_StopsWithinTenSeconds()
    {
        var settings = HostSettings.Fresh(_azurite);
        var fleet = new Runtime.Fleet(_azurite, settings, size: 60);
        await using var host = await LocalHostProcess.StartAsync(settings);
        await fleet.EnqueueAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(await fleet.StatusesAsync(host)).Values.Contains("Running"))
        {
            Assert.True(DateTime.UtcNow < deadline, $"nothing running after two minutes:\n{host.Output}");
            await Task.Delay(250);
        }

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        host.Terminate();
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null, $"still running a minute after SIGTERM:\n{host.Output}");
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"took {stopping.Elapsed.TotalSeconds:0.0} s to stop:\n{host.Output}");
        Assert.DoesNotContain("Unhandled exception", host.Output);
    }

    [Fact]
    public async Task Demo_SigtermTwiceWhileServing_StopsTheAppAndItsAzuriteWithoutAStackTrace()
    {
        // The quick start's verb, which starts its own Azurite: stopping it takes longer than the
        // command line's grace period, which is where a second signal used to crash the process.
        var data = Directory.CreateTempSubdirectory("aligners-demo-").FullName;
        int blob = FreePorts.Next(), port = FreePorts.Next();
        var settings = new Dictionary<string, string?>
        {
            ["LocalStorage:BlobPort"] = blob.ToString(),
            ["LocalStorage:QueuePort"] = FreePorts.Next().ToString(),
            ["LocalStorage:TablePort"] = FreePorts.Next().ToString(),
            ["LocalStorage:DataDirectory"] = data,
        };
        var samples = Path.Combine(RepositoryPaths.Root, "samples", "requests.jsonl");
        await using var demo = CliProcess.Start(["demo", "--port", port.ToString(), "--samples", samples], settings);
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (!demo.Output.Contains("The app is running at") && !demo.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            Assert.True(demo.Output.Contains("The app is running at") && !demo.HasExited, $"the demo never came to serving:\n{demo.Output}");

            demo.Terminate();
            demo.Terminate();
            var exitCode = await demo.WaitAsync(TimeSpan.FromMinutes(1));

            Assert.DoesNotContain("Unhandled exception", demo.Output);
            Assert.True(exitCode is 0 or 143, $"exit code {exitCode}:\n{demo.Output}");
            using var probe = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync("127.0.0.1", blob));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
