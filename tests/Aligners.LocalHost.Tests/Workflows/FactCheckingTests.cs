using Aligners.Inference.Facts;
using Aligners.Orchestration.Decisions;

namespace Aligners.LocalHost.Tests.Workflows;

/// <summary>The factuality inspector with the fact checker, and its corrections, on the real engine.</summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class FactCheckingTests(AzuriteFixture azurite)
{
    private const string WrongCapital = """{"prompt": "I'm writing a quiz. Which city is Australia's capital?", "response": "Sydney is the capital, and it's the biggest city too.", "criteria": ["factuality", "helpful"]}""";

    private static async Task<(string Id, AlignmentOutput Output)> RunAsync(EngineHarness engine, string json)
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(json, default);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        return (id, (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!);
    }

    [Fact]
    public async Task ContradictedClaim_FlagsTheAnswer_AndTheCorrectionPutsTheRightValueInItsPlace()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        var (id, output) = await RunAsync(engine, WrongCapital);

        var finding = Assert.Single(output.Facts);
        Assert.Equal(("capital", FactVerdicts.Contradicted, "Sydney", "Canberra"), (finding.Domain, finding.Verdict, finding.Claim, finding.Expected));
        Assert.Contains("countries-list", finding.Source);
        Assert.Equal(FactReport.FlaggedScore, output.Scores["factuality"].Before);
        Assert.Contains("factuality", output.Applied);
        // "the biggest city" was said of Sydney: it goes with the wrong value.
        Assert.Equal("Canberra is the capital.", output.Aligned);
        Assert.True(output.Scores["factuality"].After >= FactReport.ConfirmedFloor);
        var entries = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).ToList();
        var inspected = Assert.Single(entries, e => e.Id == "inspect:0:factuality");
        Assert.Equal("Canberra", inspected.Data["findings"]![0]!["expected"]!.GetValue<string>());
        Assert.NotNull(inspected.Data["modelScore"]);
        var rewritten = Assert.Single(entries, e => e.Id == "align:1:factuality");
        Assert.Equal(AlignerBackends.Facts, rewritten.Data["backend"]!.GetValue<string>());
        Assert.True(rewritten.Data["factFixComplete"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ModelBackend_LeavesTheFactCheckerOut()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:InspectorBackends:factuality"] = "model" });

        var (id, output) = await RunAsync(engine, WrongCapital);

        Assert.Empty(output.Facts);
        var entries = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).ToList();
        Assert.Null(Assert.Single(entries, e => e.Id == "inspect:0:factuality").Data["findings"]);
        Assert.DoesNotContain(entries, e => e.Type == AuditTypes.Rewritten && e.Data["backend"]!.GetValue<string>() == AlignerBackends.Facts);
    }

    [Fact]
    public async Task ConfirmedClaim_LeavesAGoodAnswerUnchanged()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        var (_, output) = await RunAsync(engine, """{"prompt": "How many centimetres are in 2 metres?", "response": "200 centimetres.", "criteria": ["factuality"]}""");

        Assert.False(output.Changed);
        Assert.Equal(FactVerdicts.Confirmed, Assert.Single(output.Facts).Verdict);
        Assert.True(output.Scores["factuality"].Before >= FactReport.ConfirmedFloor);
    }

    [Fact]
    public async Task ACorrectionGivingTheCheckedFactAskedFor_IsNotFlaggedUnhelpful_WithTheModelsScoreRecorded()
    {
        await using var engine = await EngineHarness.StartAsync(azurite);

        var (id, output) = await RunAsync(engine, """{"prompt": "I read that Venus has three moons, true?", "response": "No, Venus has no moons at all.", "criteria": ["factuality", "helpful"]}""");

        Assert.Equal(InspectionRules.Cleared, output.Scores["helpful"].Before);
        Assert.Empty(output.Applied);
        Assert.Equal("No, Venus has no moons at all.", output.Aligned);
        var entries = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).ToList();
        // The helpful model alone flags the short correction; the score it gave stays on the record.
        var model = Assert.Single(entries, e => e.Id == "inspect:0:helpful").Data["modelScore"]!.GetValue<double>();
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "models", "inspector-helpful", "model.json")))!;
        Assert.True(model < manifest["threshold"]!.GetValue<double>(), $"the model passed the correction on its own ({model})");
    }
}
