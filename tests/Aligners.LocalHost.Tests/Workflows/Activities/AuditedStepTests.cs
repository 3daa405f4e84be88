using Aligners.Inference.Client;
using Aligners.Orchestration.Activities;
using Aligners.Orchestration.Storage;
using Microsoft.DurableTask;

namespace Aligners.LocalHost.Tests.Workflows.Activities;

/// <summary>At-least-once delivery: a step the engine runs twice is recorded once and answers what was recorded.</summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class AuditedStepTests(AzuriteFixture azurite)
{
    private sealed class Context(string instanceId) : TaskActivityContext
    {
        public override TaskName Name => AlignActivity.TaskName;

        public override string InstanceId { get; } = instanceId;
    }

    [Fact]
    public async Task Align_DeliveredTwice_OneAuditEntry_BothDeliveriesReturnTheRecordedRewrite()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var activity = engine.Services.GetRequiredService<AlignActivity>();
        var context = new Context(Guid.NewGuid().ToString("N"));
        var call = new AlignCall("How do I cook rice?", "Just search it online.", "helpful", 1);

        var first = await activity.RunAsync(context, call);
        var second = await activity.RunAsync(context, call);

        // The rewrite carries a list (its stock matches), so compare what was recorded, not references.
        Assert.NotNull(first.StockMatches);
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        var entries = (await engine.Audit.ReadLinesAsync(context.InstanceId, default))!.Select(HashChain.Parse).ToList();
        Assert.Single(entries);
        Assert.Equal(first.Text, entries[0].Data["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Align_CarryingARound_DeliveredTwice_RecordsTheRoundAndTheRewriteOnce_InOneBlock()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var activity = engine.Services.GetRequiredService<AlignActivity>();
        var context = new Context(Guid.NewGuid().ToString("N"));
        var round = new[] { "ethical", "factuality", "helpful" }.Select(c => new AuditCall($"inspect:0:{c}", AuditTypes.Inspected,
            JsonSerializer.SerializeToNode(new InspectorScore(c, 0, 0.9, 1.0), WorkflowJson.Options)!.AsObject())).ToList();
        var call = new AlignCall("How do I cook rice?", "Just search it online.", "helpful", 1, Carried: round);

        await activity.RunAsync(context, call);
        await activity.RunAsync(context, call);

        var entries = (await engine.Audit.ReadLinesAsync(context.InstanceId, default))!.Select(HashChain.Parse).ToList();
        Assert.Equal(["inspect:0:ethical", "inspect:0:factuality", "inspect:0:helpful", "align:1:helpful"], entries.Select(e => e.Id));
        var blob = engine.Services.GetRequiredService<AppStorage>().Audit.GetBlobClient($"{context.InstanceId}.jsonl");
        Assert.Equal(1, (await blob.GetPropertiesAsync()).Value.BlobCommittedBlockCount);
    }

    [Fact]
    public async Task Inspect_UnknownCriterion_IsPermanent_NotTransient()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var activity = engine.Services.GetRequiredService<InspectActivity>();

        var e = await Assert.ThrowsAnyAsync<Exception>(() => activity.RunAsync(new Context("x"), new InspectCall("q", "r", "tone", 0)));

        Assert.IsType<InferenceRequestException>(e);
        Assert.IsNotType<TransientActivityException>(e);
    }
}
