namespace Aligners.Inference.Tests.Server;

/// <summary>
/// The inference server (<c>Aligners.Inference.Server.dll</c>, built next to the tests) as its own
/// OS process on a loopback port: real sockets, and a process that can be killed and started again
/// on the same port.
/// </summary>
public sealed class InferenceServerProcess : IAsyncDisposable
{
    /// <summary>The API key the test servers accept.</summary>
    public const string ApiKey = "inference-key-0123456789abcdef";

    private readonly ChildProcess _process;

    private InferenceServerProcess(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>Its base address.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What it printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>Whether it has exited, and with what.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Settings of a server over the bundled models with small limits, accepting <see cref="ApiKey"/>.</summary>
    public static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["Inference:ModelsDirectory"] = RepositoryPaths.Models,
        ["Limits:MaxItemsPerRequest"] = "4",
        ["Limits:MaxCharactersPerText"] = "2000",
        ["Limits:MaxNewTokens"] = "64",
        ["Limits:MaxRequestBodyBytes"] = "65536",
        ["Auth:ApiKeys:0"] = ApiKey,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Starts a server and waits until it is ready (or has exited).</summary>
    public static async Task<InferenceServerProcess> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, int? port = null, bool waitReady = true)
    {
        var p = port ?? FreePorts.Next();
        var server = new InferenceServerProcess(
            ChildProcess.StartDotnet([Path.Combine(AppContext.BaseDirectory, "Aligners.Inference.Server.dll"), "--urls", $"http://127.0.0.1:{p}"],
                settings ?? DefaultSettings()), p);
        if (waitReady)
        {
            await server._process.WaitUntilAnswersAsync(new Uri(server.BaseAddress, "readyz"), r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(60),
                "the inference server");
        }
        return server;
    }

    /// <summary>Waits for the process to exit by itself.</summary>
    public Task<int> WaitForExitAsync(TimeSpan timeout) => _process.WaitAsync(timeout);

    /// <summary>A client sending the API key (none when null).</summary>
    public HttpClient Client(string? key = ApiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-api-key", key);
        }
        return client;
    }

    /// <summary>SIGKILL, like a crashed container.</summary>
    public void Kill() => _process.Kill();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
