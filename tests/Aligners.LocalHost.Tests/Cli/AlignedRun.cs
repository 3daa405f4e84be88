namespace Aligners.LocalHost.Tests.Cli;

/// <summary>
/// One <c>align</c> run over six lines, shared by the tests that only read what it left: the output
/// file and the audit records on its storage. None of them writes there, so each sees the run as if
/// it had made it itself, and the suite starts one CLI process (a host and the models) instead of one
/// per test.
/// </summary>
public sealed class AlignedRun : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    /// <summary>The folder of the run's input and output.</summary>
    public string Dir { get; } = Directory.CreateTempSubdirectory("aligners-cli-").FullName;

    /// <summary>The settings the run used (its storage names).</summary>
    public Dictionary<string, string?> Settings { get; private set; } = null!;

    /// <summary>The output file.</summary>
    public string Output => Path.Combine(Dir, "out.jsonl");

    /// <summary>The exit code, or null when the run did not end within five minutes.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>What the run printed (for failure messages).</summary>
    public string Log { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Settings = HostSettings.Fresh(_azurite);
        await using var run = CliProcess.Start(["align", "--input", AlignCommandTests.WriteInput(Dir, 6), "--output", Output], Settings);
        try
        {
            ExitCode = await run.WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (OperationCanceledException)
        {
            ExitCode = null;
        }
        Log = run.Output;
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(Dir, recursive: true);
        await _azurite.DisposeAsync();
    }
}
