using System.Net.Sockets;
using Aligners.Orchestration.Storage;

namespace Aligners.LocalHost.Tests.Cli;

/// <summary>A verb's storage, when it cannot be used: the project's own Azurite cannot come up, the configured connection string is malformed, or nothing answers at it.</summary>
[Trait("Category", "Integration")]
public class LocalStorageTests
{
    [Fact]
    public async Task Eval_AzuriteBlobPortTakenByAnotherProgram_OneLineNamingThePortsAndExitCode1()
    {
        // Something that is not Azurite holds the blob port: the Azurite the verb starts cannot bind
        // it and exits, and the verb must say so in one line instead of dying with a stack trace.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var blob = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var line = await EvalErrorAsync(data => new()
        {
            ["LocalStorage:BlobPort"] = blob.ToString(),
            ["LocalStorage:QueuePort"] = FreePorts.Next().ToString(),
            ["LocalStorage:TablePort"] = FreePorts.Next().ToString(),
            ["LocalStorage:DataDirectory"] = Path.Combine(data, "azurite"),
        });

        Assert.StartsWith("error: Azurite did not come up", line);
        Assert.Contains(blob.ToString(), line);
    }

    [Fact]
    public async Task Eval_MalformedAzureWebJobsStorage_OneLineNamingTheSettingAndExitCode1()
    {
        var line = await EvalErrorAsync(_ => new() { ["AzureWebJobsStorage"] = "this is not a connection string" });

        Assert.StartsWith("error: AzureWebJobsStorage is not a storage connection string", line);
    }

    [Fact]
    public async Task Eval_StorageThatNothingAnswers_OneLineSayingItIsUnreachableAndExitCode1()
    {
        // A port nobody listens on: the verb's first request to storage is refused.
        var port = FreePorts.Next();

        var line = await EvalErrorAsync(_ => new() { ["AzureWebJobsStorage"] = AzuriteProcess.ConnectionStringFor(port, port, port) });

        Assert.StartsWith("error: storage does not answer", line);
        Assert.Contains(port.ToString(), line);
    }

    /// <summary>
    /// Runs <c>eval</c> on one case with the settings <paramref name="settings"/> gives for a fresh
    /// data folder; asserts exit code 1 and a single line of output, and returns that line.
    /// </summary>
    private static async Task<string> EvalErrorAsync(Func<string, Dictionary<string, string?>> settings)
    {
        var data = Directory.CreateTempSubdirectory("aligners-storage-").FullName;
        var cases = Path.Combine(data, "cases.jsonl");
        File.WriteAllText(cases, """{"id":"paris","prompt":"What is the capital of France?","response":"Paris."}""" + "\n");
        try
        {
            await using var run = CliProcess.Start(["eval", "--cases", cases], settings(data));

            Assert.Equal(1, await run.WaitAsync(TimeSpan.FromMinutes(3)));
            return Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
