using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;

namespace Aligners.Functions.Tests.Apis;

[Collection(FunctionAppCollection.Name)]
public class BulkApiTests(FunctionAppStorage storage)
{
    private static readonly (string Prompt, string Response)[] Pool =
    [
        ("What is the capital of Peru?", "The capital of Peru is Oslo."),
        ("How do I cook rice?", "Just search it online."),
        ("Why are teenagers so lazy?", "Yes, teenagers are just lazy. It's in their nature."),
        ("What is 7 times 8?", "It's 56."),
        ("How do I make pancakes?", "Mix 1 cup of flour, 1 tablespoon of sugar and 2 teaspoons of baking powder."),
    ];

    private static StringContent Jsonl(IEnumerable<string> lines)
    {
        var content = new StringContent(string.Join('\n', lines) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }

    internal static async Task<JsonElement> WaitForJobAsync(HttpClient client, string jobId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/bulk/{jobId}");
            if (status.GetProperty("status").GetString() == "Completed")
            {
                return status;
            }
            Assert.True(DateTime.UtcNow < deadline, $"job {jobId}: {status}");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Bulk_500Lines_CompletesWithResultsInInputOrder()
    {
        await using var app = new FunctionApp(storage, new() { ["Orchestration:MaxConcurrentInstances"] = "32" });
        var client = app.KeyedClient();
        var lines = Enumerable.Range(0, 500).Select(i =>
            JsonSerializer.Serialize(new { id = $"row-{i:D3}", prompt = $"{Pool[i % Pool.Length].Prompt} (ticket {i})", response = Pool[i % Pool.Length].Response }));

        var start = await client.PostAsync("/api/bulk", Jsonl(lines));

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var status = await WaitForJobAsync(client, jobId, TimeSpan.FromMinutes(10));
        Assert.Equal(500, status.GetProperty("total").GetInt32());
        Assert.Equal(500, status.GetProperty("completed").GetInt32());
        Assert.Equal(0, status.GetProperty("failed").GetInt32());
        var results = (await client.GetStringAsync($"/api/bulk/{jobId}/results")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"row-{i:D3}"), results.Select(r => r.GetProperty("id").GetString()));
        Assert.All(results, r => Assert.Equal("Completed", r.GetProperty("status").GetString()));
        Assert.All(results, r => Assert.Equal(3, r.GetProperty("scores").EnumerateObject().Count()));
        Assert.Contains("(ticket 499)", results[^1].GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Bulk_FromInputBlob_Completes()
    {
        await using var app = new FunctionApp(storage);
        var container = new BlobContainerClient(storage.Azurite.ConnectionString, app.Settings["Storage:InputsContainer"]);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("batch-1.jsonl").UploadAsync(BinaryData.FromString(
            string.Join('\n', Pool.Select(p => JsonSerializer.Serialize(new { prompt = p.Prompt, response = p.Response })))));
        var client = app.KeyedClient();

        var start = await client.PostAsync("/api/bulk", JsonContent.Create(new { blob = "batch-1.jsonl" }));

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var status = await WaitForJobAsync(client, jobId, TimeSpan.FromMinutes(2));
        Assert.Equal(Pool.Length, status.GetProperty("completed").GetInt32());
        var ids = (await client.GetStringAsync($"/api/bulk/{jobId}/results")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["1", "2", "3", "4", "5"], ids);
    }

    [Fact]
    public async Task Bulk_BadInputs_AreRefusedNamingTheLine()
    {
        await using var app = new FunctionApp(storage);
        var client = app.KeyedClient();
        var good = JsonSerializer.Serialize(new { prompt = "q", response = "a" });

        await AlignApiTests.AssertProblemAsync(await client.PostAsync("/api/bulk", Jsonl([good, good, """{"response": "a"}"""])), HttpStatusCode.BadRequest, "lines[3].prompt");
        await AlignApiTests.AssertProblemAsync(await client.PostAsync("/api/bulk", Jsonl([good, "{oops"])), HttpStatusCode.BadRequest, "lines[2]");
        await AlignApiTests.AssertProblemAsync(await client.PostAsync("/api/bulk", Jsonl([good, """{"prompt": "q", "response": "a", "criteria": ["witty"]}"""])),
            HttpStatusCode.BadRequest, "lines[2].criteria[0]");
        await AlignApiTests.AssertProblemAsync(await client.PostAsync("/api/bulk", Jsonl([])), HttpStatusCode.BadRequest, "body");
        await AlignApiTests.AssertProblemAsync(await client.PostAsync("/api/bulk", JsonContent.Create(new { blob = "missing.jsonl" })), HttpStatusCode.BadRequest, "blob");
        var xml = new StringContent("<a/>", Encoding.UTF8, "application/xml");
        await AlignApiTests.AssertProblemAsync(await client.PostAsync("/api/bulk", xml), HttpStatusCode.UnsupportedMediaType, "Content-Type");
        await AlignApiTests.AssertProblemAsync(await client.GetAsync($"/api/bulk/{new string('b', 32)}"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Bulk_OverBodyLimit_Is413()
    {
        await using var app = new FunctionApp(storage, new() { ["Api:MaxBulkBodyBytes"] = "2048" });
        var line = JsonSerializer.Serialize(new { prompt = new string('q', 100), response = "a" });

        await AlignApiTests.AssertProblemAsync(await app.KeyedClient().PostAsync("/api/bulk", Jsonl(Enumerable.Repeat(line, 40))),
            HttpStatusCode.RequestEntityTooLarge, "body");
    }
}
