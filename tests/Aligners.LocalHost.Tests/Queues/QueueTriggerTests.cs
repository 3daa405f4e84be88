using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Aligners.LocalHost.Tests.Queues;

/// <summary>The queue-triggered functions, fed from real queues by the local host's listeners.</summary>
[Trait("Category", "Integration")]
[Collection(HostCollection.Name)]
public class QueueTriggerTests(HostFixture fixture)
{
    private QueueClient Queue(string setting) => new(fixture.Azurite.ConnectionString, fixture.Settings[setting]);

    private static async Task<QueueMessage> ReceiveAsync(QueueClient queue, Func<QueueMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await queue.CreateIfNotExistsAsync();
            foreach (var m in (await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1))).Value)
            {
                if (match(m))
                {
                    await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                    return m;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"no matching message on {queue.Name}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task AlignRequest_WritesTheResultBlob_AndNotifies()
    {
        await Queue("Queues:AlignRequests").SendMessageAsync("""{"id": "req-42", "prompt": "How do I cook rice?", "response": "Just search it online.", "criteria": ["helpful"]}""");

        var notification = JsonDocument.Parse((await ReceiveAsync(Queue("Queues:AlignResults"), m => m.MessageText.Contains("req-42"), TimeSpan.FromSeconds(60))).MessageText).RootElement;

        Assert.Equal("Completed", notification.GetProperty("status").GetString());
        var results = new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:ResultsContainer"]);
        var result = JsonDocument.Parse((await results.GetBlobClient("req-42.json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
        Assert.Equal(notification.GetProperty("instanceId").GetString(), result.GetProperty("instanceId").GetString());
        Assert.Equal(["helpful"], result.GetProperty("output").GetProperty("scores").EnumerateObject().Select(p => p.Name));
        Assert.True(result.GetProperty("output").GetProperty("changed").GetBoolean());
    }

    [Fact]
    public async Task MalformedMessage_GoesToThePoisonQueueAtOnce_WithItsReason()
    {
        await Queue("Queues:AlignRequests").SendMessageAsync("""{"id": "bad-1", "prompt": 12""");

        var poison = new QueueClient(fixture.Azurite.ConnectionString, fixture.Settings["Queues:AlignRequests"] + "-poison");
        var poisoned = await ReceiveAsync(poison, m => m.MessageText.Contains("bad-1"), TimeSpan.FromSeconds(30));

        var rejection = JsonDocument.Parse(poisoned.MessageText).RootElement;
        Assert.Equal("message.prompt", rejection.GetProperty("field").GetString());
        Assert.Contains("malformed JSON", rejection.GetProperty("reason").GetString());
        Assert.Contains("bad-1", rejection.GetProperty("message").GetString());
        // Rejected on its first delivery: the poison message is the function's output, not the host's after five failures.
        Assert.Equal(1, poisoned.DequeueCount);
    }

    [Fact]
    public async Task BulkRequest_RunsTheBlob_AndNotifiesWithTheResults()
    {
        var inputs = new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:InputsContainer"]);
        await inputs.CreateIfNotExistsAsync();
        await inputs.GetBlobClient("tenants/default/nightly.jsonl").UploadAsync(BinaryData.FromString(
            "{\"prompt\": \"What is 2 plus 2?\", \"response\": \"4\"}\n{\"prompt\": \"How do I cook rice?\", \"response\": \"Search it.\"}\n"), overwrite: true);

        await Queue("Queues:BulkRequests").SendMessageAsync("""{"blob": "nightly.jsonl", "id": "nightly-2026-11-26"}""");

        var notification = JsonDocument.Parse((await ReceiveAsync(Queue("Queues:AlignResults"), m => m.MessageText.Contains("results.jsonl"), TimeSpan.FromSeconds(90))).MessageText).RootElement;
        var results = new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:ResultsContainer"]);
        var blob = notification.GetProperty("result").GetString()!;
        var result = JsonDocument.Parse((await results.GetBlobClient(blob[(blob.IndexOf('/') + 1)..]).DownloadContentAsync()).Value.Content.ToString()).RootElement;
        var lines = (await results.GetBlobClient(result.GetProperty("results").GetString()!.Split('/', 2)[1]).DownloadContentAsync()).Value.Content.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Completed", result.GetProperty("status").GetString());
    }
}
