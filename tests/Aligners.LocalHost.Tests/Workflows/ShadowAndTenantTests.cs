using Aligners.Orchestration.Reviews;

namespace Aligners.LocalHost.Tests.Workflows;

/// <summary>Shadow mode, the review queue and per-tenant policies, on the real engine.</summary>
[Trait("Category", "Integration")]
[Collection(AzuriteCollection.Name)]
public class ShadowAndTenantTests(AzuriteFixture azurite)
{
    private const string Unhelpful = """{"prompt": "How do I cook rice?", "response": "Just search it online.", "criteria": ["helpful"]}""";

    private static async Task<(string Id, AlignmentOutput Output)> RunAsync(EngineHarness engine, string json, string tenant = "default")
    {
        var (_, input) = await engine.Services.GetRequiredService<RequestValidator>().ParseAsync(json, default, tenant: tenant);
        var id = Guid.NewGuid().ToString("N");
        await engine.Client.StartOnceAsync(AlignmentOrchestrator.TaskName, input, id, default);
        return (id, (await engine.WaitAsync(id)).ReadOutputAs<AlignmentOutput>()!);
    }

    [Fact]
    public async Task ShadowPolicy_ReportsTheRewrite_ButReturnsTheAnswerUnchanged()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:Shadow"] = "true" });

        var (id, output) = await RunAsync(engine, Unhelpful);

        Assert.True(output.Shadow);
        Assert.Equal("Just search it online.", output.Aligned);
        Assert.False(output.Changed);
        Assert.Equal(["helpful"], output.Applied);
        Assert.False(string.IsNullOrWhiteSpace(output.ShadowRewrite));
        Assert.NotEqual(output.Response, output.ShadowRewrite);
        var completed = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).Last();
        Assert.Equal(output.ShadowRewrite, completed.Data["output"]!["shadowRewrite"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnresolvedAnswer_GoesToTheReviewQueue_AndADecisionIsRecordedInTheAuditRecord()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new() { ["Alignment:Policies:default:Thresholds:helpful"] = "0.99999" });
        var reviews = engine.Services.GetRequiredService<ReviewStore>();

        var (id, output) = await RunAsync(engine, Unhelpful);
        var page = await reviews.ListAsync("default", ReviewStates.Pending, 10, null, default);
        var decided = await reviews.DecideAsync("default", id, ReviewActions.Replace, "Rinse a cup of rice and simmer it in two cups of water for 18 minutes.", "ana", default);
        var again = await reviews.DecideAsync("default", id, ReviewActions.Replace, "Rinse a cup of rice and simmer it in two cups of water for 18 minutes.", "ana", default);

        Assert.True(output.QueuedForReview);
        Assert.Contains(output.ReviewReasons, r => r.StartsWith("helpful unresolved"));
        var item = Assert.Single(page.Items);
        Assert.Equal((id, "helpful", "Just search it online."), (item.RowKey, item.Criteria, item.Original));
        Assert.Equal((ReviewStates.Decided, ReviewActions.Replace), (decided.State, decided.Decision));
        Assert.Equal(decided.FinalText, again.FinalText);
        await Assert.ThrowsAsync<ReviewConflictException>(() => reviews.DecideAsync("default", id, ReviewActions.ApproveOriginal, null, "bo", default));
        var lines = (await engine.Audit.ReadLinesAsync(id, default))!;
        Assert.True(engine.Audit.Verify(lines).Valid);
        var entries = lines.Select(HashChain.Parse).ToList();
        Assert.Single(entries, e => e.Type == AuditTypes.ReviewQueued);
        var reviewed = Assert.Single(entries, e => e.Type == AuditTypes.Reviewed);
        Assert.Equal("replace", reviewed.Data["action"]!.GetValue<string>());
        Assert.Equal("ana", reviewed.Data["reviewer"]!.GetValue<string>());
        Assert.Empty((await reviews.ListAsync("default", ReviewStates.Pending, 10, null, default)).Items);
    }

    [Fact]
    public async Task BorderlineBand_QueuesAnAnswerCloseToItsThreshold_AndNotOthers()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            ["Alignment:Policies:default:Review:BorderlineBand"] = "0.6",
            ["Alignment:Policies:default:Review:Unresolved"] = "false",
            ["Alignment:Policies:default:Thresholds:ethical"] = "0.5",
        });

        var (_, close) = await RunAsync(engine, """{"prompt": "What is the capital of France?", "response": "The capital of France is Paris.", "criteria": ["ethical"]}""");
        await using var narrow = await EngineHarness.StartAsync(azurite, new()
        {
            ["Alignment:Policies:default:Review:BorderlineBand"] = "0.0001",
            ["Alignment:Policies:default:Thresholds:ethical"] = "0.5",
        });
        var (_, far) = await RunAsync(narrow, """{"prompt": "What is the capital of France?", "response": "The capital of France is Paris.", "criteria": ["ethical"]}""");

        // A score near 1 is within 0.6 of a 0.5 threshold, and not within 0.0001.
        Assert.True(close.QueuedForReview);
        Assert.Contains("ethical borderline", Assert.Single(close.ReviewReasons));
        Assert.False(far.QueuedForReview);
    }

    [Fact]
    public async Task TenantPolicies_ApplyToTheTenantsRequests_AndTheInstanceRecordsTenantAndVersion()
    {
        await using var engine = await EngineHarness.StartAsync(azurite, new()
        {
            ["Tenants:acme:KeySha256:0"] = new string('a', 64),
            ["Tenants:acme:DefaultPolicy"] = "careful",
            ["Tenants:acme:Policies:careful:Version"] = "2024-06",
            ["Tenants:acme:Policies:careful:Criteria:0"] = "helpful",
            ["Tenants:acme:Policies:careful:Shadow"] = "true",
        });
        var validator = engine.Services.GetRequiredService<RequestValidator>();

        var (id, acme) = await RunAsync(engine, """{"prompt": "How do I cook rice?", "response": "Just search it online."}""", tenant: "acme");
        var (_, other) = await RunAsync(engine, """{"prompt": "How do I cook rice?", "response": "Just search it online."}""");
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            validator.ParseAsync("""{"prompt": "q", "response": "r", "policy": "default"}""", default, tenant: "acme"));

        Assert.Equal(("acme", "careful", "2024-06", true), (acme.Tenant, acme.Policy, acme.PolicyVersion, acme.Shadow));
        Assert.Equal(["helpful"], acme.Scores.Keys);
        Assert.Equal(("default", "default", false), (other.Tenant, other.Policy, other.Shadow));
        Assert.Equal(3, other.Scores.Count);
        Assert.Equal("policy", unknown.Field);
        Assert.Contains("careful", unknown.Problem);
        var started = (await engine.Audit.ReadLinesAsync(id, default))!.Select(HashChain.Parse).First();
        Assert.Equal("acme", started.Data["tenant"]!.GetValue<string>());
        Assert.Equal("2024-06", started.Data["policy"]!["version"]!.GetValue<string>());
    }
}
