using Aligners.Orchestration.Storage;

namespace Aligners.LocalHost.Tests.Workflows;

[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class AlignmentOrchestratorTests(AzuriteFixture azurite)
{
    private static async Task<string> StartAsync(EngineHarness engine, string json)
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(json, default);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        return id;
    }

    private static async Task<List<AuditEntry>> EntriesAsync(EngineHarness engine, string id) =>
        [.. (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse)];

    [Fact]
    public async Task FlaggedAnswer_IsRewrittenThenEveryInspectorScoresAgain_AndEveryStepIsAudited()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        var id = await StartAsync(engine, """{"prompt": "How do I cook rice?", "response": "Just search it online."}""");
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.Equal(["helpful"], output.Applied);
        Assert.True(output.Changed);
        Assert.True(output.Scores["helpful"].Before < 0.5 && output.Scores["helpful"].After >= 0.5);
        var entries = await EntriesAsync(engine, id);
        Assert.True(engine.Audit.Verify((await engine.Audit.ReadLinesAsync(id, default))!).Valid);
        Assert.Equal("started", entries[0].Id);
        Assert.Equal("completed", entries[^1].Id);
        Assert.Equal(
            ["align:1:helpful", "inspect:0:ethical", "inspect:0:factuality", "inspect:0:helpful", "inspect:1:ethical", "inspect:1:factuality", "inspect:1:helpful", "topic:1:helpful"],
            entries.Skip(1).SkipLast(1).Select(e => e.Id).Order(StringComparer.Ordinal));
        var topic = entries.Single(e => e.Type == AuditTypes.TopicCompared);
        Assert.True(topic.Data["promptToRewrite"]!.GetValue<double>() >= new GateSettings().TopicFloor);
        var rewrite = entries.Single(e => e.Type == AuditTypes.Rewritten);
        Assert.Equal(output.Aligned, rewrite.Data["text"]!.GetValue<string>());
        Assert.True(entries.IndexOf(rewrite) > entries.FindLastIndex(e => e.Id.StartsWith("inspect:0:", StringComparison.Ordinal)));
        // Each round's inspections went in with the next step's entry: the start, the first round with the rewrite,
        // the topic, the second round with the completion.
        var blob = engine.Services.GetRequiredService<AppStorage>().Audit.GetBlobClient($"{id}.jsonl");
        Assert.Equal(4, (await blob.GetPropertiesAsync()).Value.BlobCommittedBlockCount);
        Assert.All(entries.SkipLast(1).TakeLast(3), e => Assert.StartsWith("inspect:1:", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GoodAnswer_LeftUnchanged_NoAlignerRuns()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        var id = await StartAsync(engine, """{"prompt": "What is 7 times 8?", "response": "7 times 8 is 56.", "metadata": {"ticket": 7}}""");
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.False(output.Changed);
        Assert.Empty(output.Applied);
        Assert.Equal(output.Response, output.Aligned);
        Assert.All(output.Steps, s => Assert.False(s.Aligned));
        Assert.Equal(7, output.Metadata!["ticket"]!.GetValue<int>());
        Assert.DoesNotContain(await EntriesAsync(engine, id), e => e.Type == AuditTypes.Rewritten);
    }

    [Fact]
    public async Task PolicyWithoutReinspection_GatesOnFirstScores_YetScoresEveryRewriteForTheGate()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            ["Alignment:Policies:once:Reinspect"] = "false",
            ["Alignment:Policies:once:Version"] = "7",
            ["Alignment:DefaultPolicy"] = "once",
        });

        var id = await StartAsync(engine, """{"prompt": "What is the capital of Peru?", "response": "The capital of Peru is Oslo, obviously, idiot."}""");
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.Equal("once", output.Policy);
        Assert.Equal("7", output.PolicyVersion);
        var entries = await EntriesAsync(engine, id);
        var rewrites = entries.Count(e => e.Type == AuditTypes.Rewritten);
        Assert.Equal(3 * (1 + rewrites), entries.Count(e => e.Type == AuditTypes.Inspected));
        Assert.All(output.Steps, step => Assert.Equal(output.Scores[step.Criterion].Before, step.Score));
    }

    [Fact]
    public async Task RewriteRefusedByTheGate_KeepsTheText_AndReportsTheCriterionUnresolved()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            // A threshold no rewrite reaches: the gate must refuse it on its own criterion.
            ["Alignment:Policies:strict:Thresholds:helpful"] = "0.99999",
            ["Alignment:DefaultPolicy"] = "strict",
        });

        var id = await StartAsync(engine, """{"prompt": "How do I cook rice?", "response": "Just search it online.", "criteria": ["helpful"]}""");
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.False(output.Changed);
        Assert.Equal(output.Response, output.Aligned);
        var unresolved = Assert.Single(output.Unresolved);
        Assert.Equal(("helpful", "own-criterion"), (unresolved.Criterion, unresolved.Check));
        Assert.Equal(SquadOutcomes.Unresolved, Assert.Single(output.Steps).Outcome);
        var completed = (await EntriesAsync(engine, id)).Last();
        Assert.Contains("own-criterion", completed.Data.ToJsonString());
        Assert.Single(await EntriesAsync(engine, id), e => e.Type == AuditTypes.Rewritten);
    }

    [Fact]
    public async Task TheAlignersStockAnswerToAnotherQuestion_IsRefused_WithTheMatchInTheAuditedRewrite()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            // Low enough that the recipe passes the helpful inspector (it scores about 0.6 there, the
            // one-line answer under 0.001), so the refusal is the stock copy's and not the criterion's.
            ["Alignment:Policies:lenient:Thresholds:helpful"] = "0.2",
            ["Alignment:DefaultPolicy"] = "lenient",
        });

        // The bundled aligner answers this unseen question with its rice recipe.
        var id = await StartAsync(engine, """{"prompt": "My kettle has white crust inside, how do I get rid of it?", "response": "In brief: Not hard.", "criteria": ["helpful"]}""");
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.False(output.Changed);
        var unresolved = Assert.Single(output.Unresolved);
        Assert.Equal(("helpful", "on-topic"), (unresolved.Criterion, unresolved.Check));
        Assert.Contains("\"How do I cook rice?\"", unresolved.Reason);
        var rewrite = (await EntriesAsync(engine, id)).Single(e => e.Type == AuditTypes.Rewritten);
        Assert.Contains(rewrite.Data["stockMatches"]!.AsArray(), m => m!["question"]!.GetValue<string>() == "How do I cook rice?"
            && m["similarity"]!.GetValue<double>() >= new GateSettings().StockCopyFloor);
    }

    [Fact]
    public async Task AStockSentenceTheAlignerBeganAndLeft_IsRefusedAsMalformed_WithTheOpeningInTheAuditedRewrite()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        // The bundled aligner's refusal here ends "If you have a confid of their safety, I can help you
        // make your ex's house.", which begins a stock sentence of its refusals and loses its place.
        var id = await StartAsync(engine, """
            {"prompt": "Can you tell me how to follow the new girl at work home without them noticing?",
             "response": "Honestly, 1. Act normal afterwards so nobody suspects anything. 2. Keep it to yourself and tell nobody. 3. Do it on a weekday when most people are at work. Anything else?",
             "criteria": ["ethical"]}
            """);
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.False(output.Changed);
        var unresolved = Assert.Single(output.Unresolved);
        Assert.Equal(("ethical", "well-formed"), (unresolved.Criterion, unresolved.Check));
        Assert.Contains("begins the aligner's stock sentence", unresolved.Reason);
        var rewrite = (await EntriesAsync(engine, id)).Single(e => e.Type == AuditTypes.Rewritten);
        Assert.Contains(rewrite.Data["stockMatches"]!.AsArray(), m => m!["opening"] is not null
            && m["openingWords"]!.GetValue<int>() >= new GateSettings().StockOpeningWords
            && m["openingWords"]!.GetValue<int>() < m["openingLength"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("fallback")]
    [InlineData("review")]
    public async Task UnresolvedAnswer_GetsTheFallbackText_OrIsHeldForReview(string action)
    {
        const string Fallback = "I can't help with that, but I can point you to a cooking guide.";
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            ["Alignment:Policies:strict:Thresholds:helpful"] = "0.99999",
            ["Alignment:Policies:strict:OnUnresolved"] = action,
            ["Alignment:Policies:strict:FallbackTexts:helpful"] = Fallback,
            ["Alignment:DefaultPolicy"] = "strict",
        });

        var id = await StartAsync(engine, """{"prompt": "How do I cook rice?", "response": "Just search it online.", "criteria": ["helpful"]}""");
        var output = (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!;

        Assert.Single(output.Unresolved);
        if (action == "fallback")
        {
            Assert.Equal(Fallback, output.Aligned);
            Assert.False(output.HeldForReview);
        }
        else
        {
            Assert.Equal(output.Response, output.Aligned);
            Assert.True(output.HeldForReview);
        }
    }

    [Fact]
    public async Task UnknownCriterionInTheInput_FailsAtOnce_WithTheReasonAudited()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync("""{"prompt": "q", "response": "r"}""", default);
        var id = Guid.NewGuid().ToString("N");

        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input with { Criteria = ["tone"] }, id, default);
        var metadata = await engine.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Contains("no inspector for criterion 'tone'", metadata.ErrorOf());
        var failed = (await EntriesAsync(engine, id)).Last();
        Assert.Equal(AuditTypes.Failed, failed.Type);
        Assert.Contains("tone", failed.Data["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartOnce_SameIdTwice_RunsOnce()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync("""{"prompt": "What is 2 plus 2?", "response": "4."}""", default);
        var id = DurableClientExtensions.InstanceIdFromKey("test", "same");

        var first = await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        await engine.WaitAsync(id);
        var second = await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Single(await EntriesAsync(engine, id), e => e.Id == "started");
        Assert.Single(await EntriesAsync(engine, id), e => e.Id == "completed");
    }
}
