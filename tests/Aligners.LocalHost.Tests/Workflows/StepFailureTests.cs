namespace Aligners.LocalHost.Tests.Workflows;

/// <summary>
/// Inspector and bundled-aligner failures under the policy's <c>OnFailure</c>: <c>fail</c> ends the
/// instance as failed, <c>unresolved</c> leaves the criterion unresolved with the reason and goes on.
/// The failures are real: a criterion whose inspector is gone, a models directory without an
/// aligner, an inference server nobody answers on.
/// </summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class StepFailureTests(AzuriteFixture azurite)
{
    private const string Prompt = "How do I cook rice?";
    private const string Unhelpful = "Just search it online.";

    private static async Task<(string Id, OrchestrationMetadata Metadata)> RunAsync(EngineHarness engine, AlignmentInput input)
    {
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        return (id, await engine.WaitAsync(id));
    }

    private static async Task<List<AuditEntry>> EntriesAsync(EngineHarness engine, string id) =>
        [.. (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse)];

    /// <summary>The unresolved criteria the closing audit entry records.</summary>
    private static IReadOnlyList<Unresolved> RecordedUnresolved(AuditEntry closing) =>
        closing.Data["output"]!["unresolved"]!.Deserialize<List<Unresolved>>(WorkflowJson.Options)!;

    /// <summary>
    /// The input the validator made of the request when it was accepted, under the default policy:
    /// built here because the models (or the server) that would validate it are now gone.
    /// </summary>
    private static AlignmentInput Accepted(EngineHarness engine, params string[] criteria)
    {
        var validator = engine.Services.GetRequiredService<RequestValidator>();
        return new AlignmentInput(new AlignmentRequest { Prompt = Prompt, Response = Unhelpful }, criteria, validator.ResolvePolicy(null)!, validator.Retries);
    }

    /// <summary>The bundled models with every file linked, less the directories named.</summary>
    private static string ModelsWithout(params string[] left)
    {
        var root = Path.Combine(Path.GetTempPath(), "aligners-models-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var dir in Directory.GetDirectories(RepositoryPaths.Models).Where(d => !left.Contains(Path.GetFileName(d))))
        {
            var target = Directory.CreateDirectory(Path.Combine(root, Path.GetFileName(dir)));
            foreach (var file in Directory.GetFiles(dir))
            {
                File.CreateSymbolicLink(Path.Combine(target.FullName, Path.GetFileName(file)), file);
            }
        }
        return root;
    }

    [Fact]
    public async Task InspectorFailure_UnderOnFailureUnresolved_LeavesThatCriterionUnscoredAndUnresolved_TheOthersGoOn()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:OnFailure"] = "unresolved" });
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(
            $$"""{"prompt": "{{Prompt}}", "response": "{{Unhelpful}}", "criteria": ["helpful"]}""", default);

        // "tone" was accepted when its inspector existed; the models the instance runs on have none.
        var (id, metadata) = await RunAsync(engine, input with { Criteria = ["helpful", "tone"] });

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var output = metadata.ReadOutputAs<AlignmentOutput>()!;
        Assert.Equal(["helpful"], output.Scores.Keys);
        Assert.Contains(output.Steps, s => s.Criterion == "helpful");
        Assert.DoesNotContain(output.Steps, s => s.Criterion == "tone");
        var tone = Assert.Single(output.Unresolved, u => u.Criterion == "tone");
        Assert.Equal("inspector", tone.Check);
        Assert.Contains("no inspector for criterion 'tone'", tone.Reason);
        Assert.True(output.QueuedForReview);
        Assert.Contains(output.ReviewReasons, r => r.StartsWith("tone unresolved (inspector)", StringComparison.Ordinal));
        var completed = (await EntriesAsync(engine, id)).Last();
        Assert.Equal(AuditTypes.Completed, completed.Type);
        Assert.Contains(RecordedUnresolved(completed), u => u.Criterion == "tone" && u.Reason.Contains("no inspector for criterion 'tone'"));
    }

    [Theory]
    [InlineData("fail")]
    [InlineData("unresolved")]
    public async Task BundledAlignerFailure_FailsTheInstance_OrLeavesTheCriterionUnresolved_AsThePolicySays(string onFailure)
    {
        var models = ModelsWithout("aligner-helpful");
        try
        {
            await using var engine = await EngineHarness.StartAsync(azurite, new()
            {
                ["Inference:ModelsDirectory"] = models,
                ["Alignment:Policies:default:OnFailure"] = onFailure,
            });
            // Accepted while the aligner was there; the models the instance runs on have none for helpful.
            var (id, metadata) = await RunAsync(engine, Accepted(engine, "helpful"));

            if (onFailure == "fail")
            {
                Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
                Assert.Contains("no aligner for criterion 'helpful'", metadata.ErrorOf());
                Assert.Equal(AuditTypes.Failed, (await EntriesAsync(engine, id)).Last().Type);
                return;
            }
            Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
            var output = metadata.ReadOutputAs<AlignmentOutput>()!;
            Assert.Equal(Unhelpful, output.Aligned);
            Assert.False(output.Changed);
            var unresolved = Assert.Single(output.Unresolved);
            Assert.Equal(("helpful", "aligner"), (unresolved.Criterion, unresolved.Check));
            Assert.Contains("no aligner for criterion 'helpful'", unresolved.Reason);
            Assert.Equal(SquadOutcomes.Unresolved, Assert.Single(output.Steps).Outcome);
            Assert.True(output.QueuedForReview);
            Assert.Contains(RecordedUnresolved((await EntriesAsync(engine, id)).Last()), u => u.Reason.Contains("no aligner for criterion 'helpful'"));
        }
        finally
        {
            Directory.Delete(models, recursive: true);
        }
    }

    [Fact]
    public async Task InferenceOutage_UnderOnFailureUnresolved_EveryCriterionUnresolvedAfterItsRetries_TheAnswerStands()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            // The inference server is "remote" on a port nobody listens on: every call fails to connect.
            ["Inference:Mode"] = "remote",
            ["Inference:Endpoint"] = $"http://127.0.0.1:{FreePorts.Next()}/",
            ["Inference:MaxRetries"] = "0",
            ["Inference:TimeoutSeconds"] = "2",
            ["Inference:ApiKey"] = "inference-key-0123456789",
            ["Retries:Inference:MaxAttempts"] = "2",
            ["Retries:Inference:FirstRetryMilliseconds"] = "100",
            ["Alignment:Policies:default:OnFailure"] = "unresolved",
        });
        // Accepted while the server was up (the validator asks it for the criteria).
        var (id, metadata) = await RunAsync(engine, Accepted(engine, "ethical", "helpful"));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var output = metadata.ReadOutputAs<AlignmentOutput>()!;
        Assert.Equal(Unhelpful, output.Aligned);
        Assert.Empty(output.Scores);
        Assert.Empty(output.Steps);
        Assert.Equal(["ethical", "helpful"], output.Unresolved.Select(u => u.Criterion).Order(StringComparer.Ordinal));
        Assert.All(output.Unresolved, u => Assert.Equal("inspector", u.Check));
        Assert.True(output.QueuedForReview);
        // Two attempts per inspector, then the criterion was given up; no entry claims a score.
        Assert.DoesNotContain(await EntriesAsync(engine, id), e => e.Type == AuditTypes.Inspected);
    }
}
