using System.Net.Sockets;

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
        var data = Directory.CreateTempSubdirectory("aligners-storage-").FullName;
        var cases = Path.Combine(data, "cases.jsonl");
        File.WriteAllText(cases, """{"id":"paris","prompt":"What is the capital of France?","response":"Paris."}""" + "\n");
        var settings = new Dictionary<string, string?>
        {
            ["LocalStorage:BlobPort"] = blob.ToString(),
            ["LocalStorage:QueuePort"] = FreePorts.Next().ToString(),
            ["LocalStorage:TablePort"] = FreePorts.Next().ToString(),
            ["LocalStorage:DataDirectory"] = Path.Combine(data, "azurite"),
        };
        try
        {
            await using var run = CliProcess.Start(["eval", "--cases", cases], settings);

            Assert.Equal(1, await run.WaitAsync(TimeSpan.FromMinutes(2)));
            var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: Azurite did not come up", line);
            Assert.Contains(blob.ToString(), line);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Eval_MalformedAzureWebJobsStorage_OneLineNamingTheSettingAndExitCode1()
    {
        var data = Directory.CreateTempSubdirectory("aligners-storage-").FullName;
        var cases = Path.Combine(data, "cases.jsonl");
        File.WriteAllText(cases, """{"id":"paris","prompt":"What is the capital of France?","response":"Paris."}""" + "\n");
        try
        {
            await using var run = CliProcess.Start(["eval", "--cases", cases], new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "this is not a connection string" });

            Assert.Equal(1, await run.WaitAsync(TimeSpan.FromMinutes(2)));
            var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: AzureWebJobsStorage is not a storage connection string", line);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Eval_StorageThatNothingAnswers_OneLineSayingItIsUnreachableAndExitCode1()
    {
        // A port nobody listens on: the verb's first request to storage is refused.
        var port = FreePorts.Next();
        var data = Directory.CreateTempSubdirectory("aligners-storage-").FullName;
        var cases = Path.Combine(data, "cases.jsonl");
        File.WriteAllText(cases, """{"id":"paris","prompt":"What is the capital of France?","response":"Paris."}""" + "\n");
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        try
        {
            await using var run = CliProcess.Start(["eval", "--cases", cases], new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connection });

            Assert.Equal(1, await run.WaitAsync(TimeSpan.FromMinutes(3)));
            var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: storage does not answer", line);
            Assert.Contains(port.ToString(), line);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
