using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Aligners.LocalHost.Hosting;
using Aligners.Orchestration.Storage;
using Microsoft.AspNetCore.Builder;

namespace Aligners.Bench;

/// <summary>
/// The engine and the function app as the local host composes them, on an Azurite of their own in a
/// fresh temporary folder (<see cref="AzuriteProcess"/>) so no earlier run's data weighs on the figures.
/// </summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    /// <summary>The function key the app accepts.</summary>
    public const string FunctionKey = "bench-function-key-0123456789";

    private BenchEngine(AzuriteProcess azurite, LocalRuntime runtime)
    {
        Azurite = azurite;
        Runtime = runtime;
    }

    /// <summary>The storage under the engine.</summary>
    public AzuriteProcess Azurite { get; }

    /// <summary>The app and the engine.</summary>
    public LocalRuntime Runtime { get; }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts Azurite, then the app on it, serving HTTP on <paramref name="http"/> when given.</summary>
    public static async Task<BenchEngine> StartAsync(string? http)
    {
        var azurite = await AzuriteProcess.StartAsync(BenchPaths.Root, FreePort(), FreePort(), FreePort(), dataDirectory: null, TimeSpan.FromSeconds(30), default);
        try
        {
            // host.json's visibility timeouts and names; keys of this run only.
            var settings = new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Keys:FunctionKeys:0"] = FunctionKey,
                ["Keys:AdminKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                ["Keys:SystemKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                ["Audit:KeyVersion"] = "bench",
                ["Audit:HmacKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Privacy:FingerprintKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Inference:ModelsDirectory"] = BenchPaths.Models,
                ["Logging:LogLevel:Default"] = "Error",
                ["Logging:LogLevel:DurableTask"] = "Warning",
                ["Logging:LogLevel:Microsoft.DurableTask"] = "Warning",
            };
            var runtime = await LocalFunctionsHost.BuildAsync([.. settings.Select(p => $"--{p.Key}={p.Value}")], http ?? "http://127.0.0.1:0", http is not null, default);
            await runtime.App.StartAsync();
            return new BenchEngine(azurite, runtime);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
