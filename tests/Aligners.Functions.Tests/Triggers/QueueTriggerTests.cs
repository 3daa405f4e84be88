using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Functions.Tests.Triggers;

[Collection(FunctionAppCollection.Name)]
public class QueueTriggerTests(FunctionAppStorage storage)
{
    private const string Request = """{"id": "req-42", "prompt": "How do I cook rice?", "response": "Just search it online.", "criteria": ["helpful"]}""";

    /// <summary>A queue trigger invocation as the Functions host posts it to a custom handler.</summary>
    private static JsonObject Invocation(string message, long dequeueCount = 1) => new()
    {
        ["Data"] = new JsonObject { ["msg"] = message },
        ["Metadata"] = new JsonObject
        {
            ["DequeueCount"] = dequeueCount,
            ["Id"] = Guid.NewGuid().ToString(),
            ["InsertionTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["ExpirationTime"] = DateTimeOffset.UtcNow.AddDays(7).ToString("O"),
            ["NextVisibleTime"] = DateTimeOffset.UtcNow.AddMinutes(10).ToString("O"),
            ["PopReceipt"] = "AgAAAAMAAAAAAAAA",
            ["sys"] = new JsonObject { ["MethodName"] = "AlignRequests", ["UtcNow"] = DateTimeOffset.UtcNow.ToString("O"), ["RandGuid"] = Guid.NewGuid().ToString() },
        },
    };

    private static Dictionary<string, string?> UnderHost => new() { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7199", ["Orchestration:ListenToQueues"] = "false" };

    private static async Task<JsonObject> ResultBlobAsync(FunctionApp app, string id)
    {
        var blob = new BlobContainerClient(app.Settings["Storage:ConnectionString"], app.Settings["Storage:ResultsContainer"]).GetBlobClient($"{id}.json");
        return JsonNode.Parse((await blob.DownloadContentAsync()).Value.Content.ToString())!.AsObject();
    }

    [Fact]
    public async Task AlignRequests_FromTheFunctionsHost_WritesResultAndReturnsTheNotificationOutput()
    {
        await using var app = new FunctionApp(storage, UnderHost);
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/AlignRequests", Invocation(Request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
        Assert.NotEmpty(body.GetProperty("Logs").EnumerateArray());
        var notification = JsonNode.Parse(body.GetProperty("Outputs").GetProperty("notification").GetString()!)!;
        Assert.Equal("req-42", notification["id"]!.GetValue<string>());
        Assert.Equal("Completed", notification["status"]!.GetValue<string>());
        var result = await ResultBlobAsync(app, "req-42");
        Assert.Equal("Completed", result["status"]!.GetValue<string>());
        Assert.Equal(notification["instanceId"]!.GetValue<string>(), result["instanceId"]!.GetValue<string>());
        Assert.Equal(["helpful"], result["output"]!["scores"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task AlignRequests_FromTheAppsOwnListener_WritesResultAndNotifies()
    {
        await using var app = new FunctionApp(storage);
        _ = app.CreateClient();
        var requests = new QueueClient(storage.Azurite.ConnectionString, app.Settings["Queues:AlignRequests"]);
        var results = new QueueClient(storage.Azurite.ConnectionString, app.Settings["Queues:AlignResults"]);
        await requests.CreateIfNotExistsAsync();
        await results.CreateIfNotExistsAsync();

        await requests.SendMessageAsync(Request);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        Azure.Storage.Queues.Models.QueueMessage[] received;
        while ((received = (await results.ReceiveMessagesAsync(1)).Value).Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no notification on align-results");
            await Task.Delay(200);
        }
        var notification = JsonNode.Parse(received[0].MessageText)!;
        Assert.Equal("req-42", notification["id"]!.GetValue<string>());
        Assert.Equal($"{app.Settings["Storage:ResultsContainer"]}/req-42.json", notification["result"]!.GetValue<string>());
        Assert.Equal("Completed", (await ResultBlobAsync(app, "req-42"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AlignRequests_InvalidMessage_GetsARejectedResultNotARetry()
    {
        await using var app = new FunctionApp(storage, UnderHost);

        var response = await app.CreateClient().PostAsJsonAsync("/AlignRequests", Invocation("""{"id": "bad-1", "response": "no prompt"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ResultBlobAsync(app, "bad-1");
        Assert.Equal("Rejected", result["status"]!.GetValue<string>());
        Assert.Contains("prompt", result["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AlignmentWork_FromTheFunctionsHost_AdvancesTheInstance()
    {
        await using var app = new FunctionApp(storage, UnderHost);
        var client = app.CreateClient();
        var alignment = app.Services.GetRequiredService<AlignmentClient>();
        var started = await alignment.StartAsync(new AlignmentRequest { Prompt = "What is 7 times 8?", Response = "It's 56." }, null, default);

        var response = await client.PostAsJsonAsync("/AlignmentWork", Invocation(JsonSerializer.Serialize(new { instanceId = started.InstanceId })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RuntimeStatus.Completed, (await alignment.GetStatusAsync(started.InstanceId, default))!.RuntimeStatus);
    }

    [Fact]
    public async Task BulkFanout_FromTheFunctionsHost_StartsTheLinesInstances()
    {
        await using var app = new FunctionApp(storage, UnderHost);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionApp.FunctionKey);
        var lines = string.Join('\n', Enumerable.Range(0, 3).Select(i => JsonSerializer.Serialize(new { prompt = $"What is {i} plus 1?", response = $"It's {i + 1}." })));
        var start = await client.PostAsync("/api/bulk", new StringContent(lines, System.Text.Encoding.UTF8, "application/x-ndjson"));
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var fanout = new QueueClient(storage.Azurite.ConnectionString, app.Settings["Queues:BulkFanout"]);
        var message = Assert.Single((await fanout.ReceiveMessagesAsync(10)).Value);

        var response = await client.PostAsJsonAsync("/BulkFanout", Invocation(message.MessageText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alignment = app.Services.GetRequiredService<AlignmentClient>();
        for (var i = 0; i < 3; i++)
        {
            var status = await alignment.GetStatusAsync(Bulk.BulkJobs.InstanceIdOf(jobId, i), default);
            Assert.NotNull(status);
            Assert.Equal(jobId, status.JobId);
        }
    }

    [Fact]
    public async Task TriggerRoutes_WithoutAFunctionsHost_AreNotServed()
    {
        await using var app = new FunctionApp(storage);

        var response = await app.CreateClient().PostAsJsonAsync("/AlignmentWork", Invocation("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
