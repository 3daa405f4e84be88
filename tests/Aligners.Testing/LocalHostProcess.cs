namespace Aligners.Testing;

/// <summary>
/// The local host (<c>Aligners.LocalHost.dll</c>, built next to the tests) as a separate OS
/// process serving the function app on a free loopback port: real sockets, and a process that
/// can be SIGKILLed like a crashed machine.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private LocalHostProcess(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The HTTP API's base address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the process printed so far (for failure messages).</summary>
    public string Output => _process.Output;

    /// <summary>The process id (the audit record names the process that did each step).</summary>
    public int ProcessId => _process.ProcessId;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The executable next to the test binaries.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Aligners.LocalHost.dll");

    /// <summary>Starts <c>serve</c> with <paramref name="settings"/> as environment variables and waits until health answers.</summary>
    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan? timeout = null, bool requireHealthy = true)
    {
        var port = FreePorts.Next();
        var host = new LocalHostProcess(ChildProcess.StartDotnet([Dll, "serve", "--urls", $"http://127.0.0.1:{port}"], settings),
            new Uri($"http://127.0.0.1:{port}/"));
        // Healthy, or (for a host whose dependencies are down on purpose) answering at all.
        await host._process.WaitUntilAnswersAsync(new Uri(host.BaseAddress, "api/health"), health => health.IsSuccessStatusCode || !requireHealthy,
            timeout ?? TimeSpan.FromSeconds(90), "the local host");
        return host;
    }

    /// <summary>A client of the API sending <paramref name="key"/> (none when null).</summary>
    public HttpClient Client(string? key = HostSettings.FunctionKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }
        return client;
    }

    /// <summary>SIGTERM, as a service manager or <c>timeout</c> sends it: the app is asked to stop.</summary>
    public void Terminate() => _process.Terminate();

    /// <summary>Whether the process ended within <paramref name="timeout"/>; its exit code when it did.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            return await _process.WaitAsync(timeout);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crashed machine.</summary>
    public void Kill() => _process.Kill();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
