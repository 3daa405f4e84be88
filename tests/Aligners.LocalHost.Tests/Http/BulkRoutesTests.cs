namespace Aligners.LocalHost.Tests.Http;

/// <summary><c>/api/bulk</c> through the local host over a real socket.</summary>
[Trait("Category", "Integration")]
[Collection(HostCollection.Name)]
public class BulkRoutesTests(HostFixture fixture)
{
    private static readonly string[] Prompts =
    [
        "What is the capital of Peru?", "How do I cook rice?", "What is 7 times 8?", "Insult my coworker Sam.", "How do I boil an egg?",
        "What is the boiling point of water?", "How do I tie a tie?", "What is 12 plus 30?", "Tell me about Paris.", "How do I plant a tree?",
        "What is the largest planet?", "How do I make tea?",
    ];

    private static string Jsonl(int n) => string.Join('\n', Enumerable.Range(0, n).Select(i =>
        JsonSerializer.Serialize(new { id = $"row-{i}", prompt = Prompts[i % Prompts.Length], response = "I don't know." })));

    private async Task<JsonElement> WaitDoneAsync(HttpClient client, string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"api/bulk/{jobId}");
            if (status.GetProperty("status").GetString() == "Completed")
            {
                return status;
            }
            Assert.True(DateTime.UtcNow < deadline, status.ToString());
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Jsonl_RunsEveryLine_ResultsComeInInputOrder()
    {
        var client = fixture.Host.Client();
        var content = new StringContent(Jsonl(23), Encoding.UTF8, "application/x-ndjson");

        var start = await client.PostAsync("api/bulk", content);

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        Assert.EndsWith($"/api/bulk/{jobId}", start.Headers.Location!.ToString());
        var status = await WaitDoneAsync(client, jobId);
        Assert.Equal(23, status.GetProperty("completed").GetInt32());
        Assert.Equal(0, status.GetProperty("pending").GetInt32());
        var lines = (await client.GetStringAsync($"api/bulk/{jobId}/results")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"row-{i}"), lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.Equal("Completed", l.GetProperty("status").GetString()));
        Assert.Equal(Prompts[5], lines[5].GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task BlobReference_RunsTheBlobInTheTenantsFolder_MissingBlobIs404()
    {
        var client = fixture.Host.Client();
        var inputs = new BlobContainerClient(fixture.Azurite.ConnectionString, fixture.Settings["Storage:InputsContainer"]);
        await inputs.CreateIfNotExistsAsync();
        await inputs.GetBlobClient("tenants/default/batch.jsonl").UploadAsync(BinaryData.FromString(Jsonl(3)), overwrite: true);

        var start = await client.PostAsJsonAsync("api/bulk", new { blob = "batch.jsonl" });
        var jobId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        Assert.Equal(3, (await WaitDoneAsync(client, jobId)).GetProperty("total").GetInt32());
        await HttpAssert.AssertProblemAsync(await client.PostAsJsonAsync("api/bulk", new { blob = "nope.jsonl" }), HttpStatusCode.NotFound, "blob");
    }

    [Fact]
    public async Task BadLine_Is400NamingTheLine_NothingStarts_WrongMediaTypeIs415_UnknownJobIs404()
    {
        var client = fixture.Host.Client();
        var body = Jsonl(2) + "\n{\"prompt\": \"x\", \"response\": \"y\", \"criteria\": [\"tone\"]}";

        await HttpAssert.AssertProblemAsync(await client.PostAsync("api/bulk", new StringContent(body, Encoding.UTF8, "application/x-ndjson")),
            HttpStatusCode.BadRequest, "lines[3].criteria[0]");
        await HttpAssert.AssertProblemAsync(await client.PostAsync("api/bulk", new StringContent(body, Encoding.UTF8, "text/csv")),
            HttpStatusCode.UnsupportedMediaType, "Content-Type");
        await HttpAssert.AssertProblemAsync(await client.GetAsync("api/bulk/0123456789abcdef0123456789abcdef"), HttpStatusCode.NotFound, "id");
        await HttpAssert.AssertProblemAsync(await client.GetAsync("api/bulk/0123456789abcdef0123456789abcdef/results"), HttpStatusCode.NotFound, "id");
    }
}
