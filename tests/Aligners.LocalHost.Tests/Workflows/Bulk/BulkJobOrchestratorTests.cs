using System.Text.Json.Nodes;
using Aligners.Orchestration.Bulk;

namespace Aligners.LocalHost.Tests.Workflows.Bulk;

[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class BulkJobOrchestratorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Job_ContinuesAsNewAcrossGenerations_ResultsInInputOrder_AFailedLineStaysAFailedLine()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var validator = engine.Services.GetRequiredService<RequestValidator>();
        var prompts = Enumerable.Range(0, 9).Select(i => $"What is {i} plus {i}?").ToList();
        var jsonl = string.Join('\n', prompts.Select((p, i) => JsonSerializer.Serialize(new { id = $"line-{i}", prompt = p, response = $"It is {2 * i}." })));
        var lines = (await validator.ParseLinesAsync(Encoding.UTF8.GetBytes(jsonl), default))
            .Select(l => new BulkLine(l.Input.Id!, l.Workflow)).ToList();
        // A line whose criterion has no model: its instance fails, the job goes on.
        lines[4] = lines[4] with { Input = lines[4].Input with { Criteria = ["tone"] } };
        var jobId = Guid.NewGuid().ToString("N");
        await engine.Services.GetRequiredService<BulkJobStore>().WriteInputAsync(jobId, lines, chunkSize: 2, default);

        await engine.Client.StartOnceAsync(BulkJobOrchestrator.TaskName,
            new BulkJobInput(jobId, lines.Count, ChunkSize: 2, Wave: 2, ChunksPerGeneration: 2, validator.Retries), jobId, default);
        var metadata = await engine.WaitAsync(jobId, seconds: 180);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var progress = metadata.ReadOutputAs<BulkProgress>()!;
        Assert.Equal((9, 8, 1), (progress.Total, progress.Completed, progress.Failed));
        var results = new BlobContainerClient(azurite.ConnectionString, engine.Settings["Storage:ResultsContainer"]).GetBlobClient(progress.ResultsBlob);
        var resultLines = (await results.DownloadContentAsync()).Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<ResultLine>(l, WorkflowJson.Options)!).ToList();
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"line-{i}"), resultLines.Select(r => r.Id));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, resultLines[4].Status);
        Assert.Contains("tone", resultLines[4].Error);
        Assert.All(resultLines.Where((_, i) => i != 4), r => Assert.Equal(OrchestrationRuntimeStatus.Completed, r.Status));
        Assert.Equal(BulkJobStore.LineInstanceId(jobId, 3), resultLines[3].InstanceId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await engine.Client.GetInstanceAsync(resultLines[3].InstanceId))!.RuntimeStatus);
    }

    [Fact]
    public async Task AChunkThatFailsWhole_YieldsItsLinesAsFailedWithTheReason_AndTheJobCompletesWithItsResultsInInputOrder()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var validator = engine.Services.GetRequiredService<RequestValidator>();
        var jsonl = string.Join('\n', Enumerable.Range(0, 6).Select(i => JsonSerializer.Serialize(new { id = $"row-{i}", prompt = $"What is {i} plus {i}?", response = $"It is {2 * i}." })));
        var lines = (await validator.ParseLinesAsync(Encoding.UTF8.GetBytes(jsonl), default)).Select(l => new BulkLine(l.Input.Id!, l.Workflow)).ToList();
        var jobId = Guid.NewGuid().ToString("N");
        await engine.Services.GetRequiredService<BulkJobStore>().WriteInputAsync(jobId, lines, chunkSize: 2, default);
        // Chunk 1's stored input holds a line this version cannot read (as one written by another
        // version would): reading the chunk fails, so none of its lines can run.
        var inputs = new BlobContainerClient(azurite.ConnectionString, engine.Settings["Storage:InputsContainer"]);
        var unreadable = JsonNode.Parse(JsonSerializer.Serialize(lines[3], WorkflowJson.Options))!;
        unreadable["input"]!["criteria"] = "helpful";
        await inputs.GetBlobClient($"bulk/{jobId}/input/0000001.jsonl").UploadAsync(BinaryData.FromString(
            JsonSerializer.Serialize(lines[2], WorkflowJson.Options) + "\n" + unreadable.ToJsonString() + "\n"), overwrite: true);

        await engine.Client.StartOnceAsync(BulkJobOrchestrator.TaskName,
            new BulkJobInput(jobId, lines.Count, ChunkSize: 2, Wave: 3, ChunksPerGeneration: 3, validator.Retries), jobId, default);
        var metadata = await engine.WaitAsync(jobId, seconds: 180);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var progress = metadata.ReadOutputAs<BulkProgress>()!;
        Assert.Equal((6, 4, 2), (progress.Total, progress.Completed, progress.Failed));
        var results = new BlobContainerClient(azurite.ConnectionString, engine.Settings["Storage:ResultsContainer"]).GetBlobClient(progress.ResultsBlob);
        var resultLines = (await results.DownloadContentAsync()).Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<ResultLine>(l, WorkflowJson.Options)!).ToList();
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"row-{i}"), resultLines.Select(r => r.Id));
        Assert.Equal([OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Failed,
            OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Completed], resultLines.Select(r => r.Status));
        foreach (var failed in resultLines.Where(r => r.Status == OrchestrationRuntimeStatus.Failed))
        {
            Assert.Contains(ReadBulkChunkActivity.TaskName, failed.Error);
            Assert.Contains("JSON", failed.Error);
        }
        Assert.Equal(["What is 2 plus 2?", "What is 3 plus 3?"], resultLines.Skip(2).Take(2).Select(r => r.Prompt));
        Assert.Equal(BulkJobStore.LineInstanceId(jobId, 3), resultLines[3].InstanceId);
    }
}
