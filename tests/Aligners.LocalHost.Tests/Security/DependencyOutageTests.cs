using Aligners.LocalHost.Tests.Cli;
using Azure.Storage.Queues;

namespace Aligners.LocalHost.Tests.Security;

/// <summary>
/// Failures that must lose nothing: an inference server that is down while requests queue up,
/// and a poison queue emptied back once the cause is fixed. Real Azurite, real host processes.
/// </summary>
[Trait("Category", "Integration")]
public class DependencyOutageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static async Task<int> CountAsync(QueueClient queue) =>
        await queue.ExistsAsync() ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;

    [Fact]
    public async Task InferenceOutage_LeavesQueuedRequestsOnTheirQueue_NotInPoison()
    {
        var settings = HostSettings.Fresh(azurite);
        // The inference server is "remote" on a port nobody listens on: every call fails to connect.
        settings["Inference:Mode"] = "remote";
        settings["Inference:Endpoint"] = $"http://127.0.0.1:{FreePorts.Next()}/";
        settings["Inference:MaxRetries"] = "0";
        settings["Inference:TimeoutSeconds"] = "2";
        settings["Inference:ApiKey"] = "inference-key-0123456789";
        // Failed deliveries come back at once and poison after two: without deferral, seconds to poison.
        settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2";
        settings["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00";
        settings["Queues:TransientRetryDelaySeconds"] = "1";
        await using var host = await LocalHostProcess.StartAsync(settings, requireHealthy: false);
        var queue = new QueueClient(azurite.ConnectionString, settings["Queues:AlignRequests"]);
        var poison = new QueueClient(azurite.ConnectionString, settings["Queues:AlignRequests"] + "-poison");
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync("""{"id": "outage-1", "prompt": "How do I cook rice?", "response": "Search it."}""");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!host.Output.Contains("sent back to the queue") || host.Output.Split("sent back to the queue").Length < 4)
        {
            Assert.True(DateTime.UtcNow < deadline, "the request was never deferred:\n" + host.Output);
            await Task.Delay(250);
        }

        Assert.Equal(0, await CountAsync(poison));
        Assert.Equal(1, await CountAsync(queue));
        Assert.False(host.HasExited);
    }

    [Fact]
    public async Task QueueReplay_MovesPoisonedMessagesBack_AsTheOriginalMessage_AndTheyRun()
    {
        var settings = HostSettings.Fresh(azurite);
        var name = settings["Queues:AlignRequests"]!;
        var poison = new QueueClient(azurite.ConnectionString, name + "-poison");
        await poison.CreateIfNotExistsAsync();
        var original = """{"id": "replayed-1", "prompt": "How do I cook rice?", "response": "Search it.", "criteria": ["helpful"]}""";
        await poison.SendMessageAsync(System.Text.Json.JsonSerializer.Serialize(new { messageId = "m-1", field = "message", reason = "inference unavailable", message = original }));
        await poison.SendMessageAsync("""{"id": "replayed-2", "prompt": "What is 2 plus 2?", "response": "4", "criteria": ["helpful"]}""");

        await using var cli = CliProcess.Start(["queue", "replay", name], settings);
        var exit = await cli.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, cli.Output);
        Assert.Contains("2 messages replayed", cli.Output);
        Assert.Equal(0, await CountAsync(poison));
        // The app, started afterwards, runs both.
        await using var host = await LocalHostProcess.StartAsync(settings);
        var results = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, settings["Storage:ResultsContainer"]);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(await results.ExistsAsync() && await results.GetBlobClient("replayed-1.json").ExistsAsync() && await results.GetBlobClient("replayed-2.json").ExistsAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline, "replayed requests did not run:\n" + host.Output);
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task QueueReplay_OfAQueueTheAppDoesNotRead_IsOneLineAndExit2()
    {

        await using var cli = CliProcess.Start(["queue", "replay", "no-such-queue"], HostSettings.Fresh(azurite));

        Assert.Equal(2, await cli.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("error: 'no-such-queue' is no queue the app reads", cli.Output);
        Assert.DoesNotContain("   at ", cli.Output);
    }
}
