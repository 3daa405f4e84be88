using System.Text.Json.Nodes;
using Aligners.Orchestration.Client;
using Aligners.Orchestration.Instances;
using Aligners.Orchestration.Journal;
using Aligners.Testing;

namespace Aligners.Orchestration.Tests.Runtime;

[Collection(AzuriteCollection.Name)]
public class InstanceRunnerTests(AzuriteFixture azurite)
{
    private static AlignmentRequest Misaligned => new()
    {
        Prompt = "What is the capital of France?",
        Response = "Ugh, what a stupid question. The capital of France is Madrid.",
        Metadata = new JsonObject { ["caller"] = "tests" },
    };

    private static List<JournalEvent> Parse(IReadOnlyList<string> lines) => [.. lines.Select(HashChain.Parse)];

    [Fact]
    public async Task Advance_BundledModels_CompletesWithAVerifiableStepByStepJournal()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));
        var started = await h.Client.StartAsync(Misaligned, null, default);

        var state = await h.Runner.AdvanceAsync(started.InstanceId, default);

        var output = Assert.IsType<AlignmentOutput>(state.Output);
        Assert.Equal(["ethical", "factuality", "helpful"], output.Scores.Keys.Order());
        Assert.Equal("tests", output.Metadata!["caller"]!.GetValue<string>());
        var events = Parse((await h.Client.ReadJournalAsync(started.InstanceId, default))!);
        Assert.True(HashChain.Verify([.. events.Select(HashChain.ToLine)]).Valid);
        Assert.Equal(EventTypes.InstanceStarted, events[0].Type);
        Assert.Equal("1", events[0].Data["policy"]!["version"]!.GetValue<string>());
        // The first inspection fan-out: three schedulings in one append, then three completions.
        Assert.Equal([EventTypes.ActivityScheduled, EventTypes.ActivityScheduled, EventTypes.ActivityScheduled], events.Skip(1).Take(3).Select(e => e.Type));
        Assert.All(events.Skip(4).Take(3), e => Assert.Equal(EventTypes.ActivityCompleted, e.Type));
        Assert.Equal(EventTypes.InstanceCompleted, events[^1].Type);
        // Every scheduled activity completed exactly once; the rewrites are the applied criteria, in order.
        var scheduled = events.Where(e => e.Type == EventTypes.ActivityScheduled).Select(e => e.Data["activityId"]!.GetValue<string>()).ToList();
        var completed = events.Where(e => e.Type == EventTypes.ActivityCompleted).Select(e => e.Data["activityId"]!.GetValue<string>()).ToList();
        Assert.Equal(scheduled.Order(), completed.Order());
        Assert.Equal(output.Applied, scheduled.Where(id => id.StartsWith("align:")).Select(id => id.Split(':')[2]));
        Assert.Equal(scheduled.Count, output.Activities.Count);
        var status = await h.Client.GetStatusAsync(started.InstanceId, default);
        Assert.Equal(RuntimeStatus.Completed, status!.RuntimeStatus);
        Assert.Equal(RuntimeStatus.Completed, (await h.Index.GetAsync(started.InstanceId, default))!.Status);
    }

    [Fact]
    public async Task Advance_MisalignedAnswer_RewritesAndRaisesTheLowestScore()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));
        var started = await h.Client.StartAsync(new AlignmentRequest
        {
            Prompt = "How do I cook rice?",
            Response = "Just search it online.",
            Criteria = ["helpful"],
        }, null, default);

        var output = (await h.Runner.AdvanceAsync(started.InstanceId, default)).Output!;

        Assert.True(output.Scores["helpful"].Before < 0.5, $"before {output.Scores["helpful"].Before}");
        Assert.Equal(["helpful"], output.Applied);
        Assert.True(output.Changed);
        Assert.True(output.Scores["helpful"].After > output.Scores["helpful"].Before);
    }

    [Fact]
    public async Task Start_SameIdempotencyKey_ReturnsTheSameInstance()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));
        var options = new StartOptions { IdempotencyKey = "order-1234" };

        var first = await h.Client.StartAsync(Misaligned, options, default);
        var second = await h.Client.StartAsync(Misaligned, options, default);

        Assert.Equal(first.InstanceId, second.InstanceId);
        Assert.True(first.Created);
        Assert.False(second.Created);
        await h.Runner.AdvanceAsync(first.InstanceId, default);
        var third = await h.Client.StartAsync(Misaligned, options, default);
        Assert.Equal(first.InstanceId, third.InstanceId);
        Assert.Null(third.Message);
        var events = Parse((await h.Client.ReadJournalAsync(first.InstanceId, default))!);
        Assert.Single(events, e => e.Type == EventTypes.InstanceStarted);
        Assert.Single(events, e => e.Type == EventTypes.InstanceCompleted);
    }

    [Fact]
    public async Task Advance_TwoWorkersRacing_OneCompletionAndNoActivityCompletedTwice()
    {
        var settings = OrchestrationHarness.NewSettings(azurite);
        await using var a = await OrchestrationHarness.StartAsync(settings);
        await using var b = await OrchestrationHarness.StartAsync(settings);
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await a.Client.StartAsync(Misaligned with { Prompt = $"Race {i}: what is the capital of France?" }, null, default)).InstanceId);
        }

        await Task.WhenAll(ids.SelectMany(id => new[] { a.Runner.AdvanceAsync(id, default), b.Runner.AdvanceAsync(id, default) }));

        foreach (var id in ids)
        {
            var lines = (await a.Client.ReadJournalAsync(id, default))!;
            Assert.True(HashChain.Verify(lines).Valid);
            var events = Parse(lines);
            Assert.Single(events, e => e.Type == EventTypes.InstanceCompleted);
            var completions = events.Where(e => e.Type == EventTypes.ActivityCompleted).Select(e => e.Data["activityId"]!.GetValue<string>()).ToList();
            Assert.Equal(completions.Count, completions.Distinct().Count());
        }
    }

    [Fact]
    public async Task Verify_TamperedJournal_NamesTheFirstBadEvent()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));
        var id = (await h.Client.StartAsync(Misaligned, null, default)).InstanceId;
        await h.Runner.AdvanceAsync(id, default);
        var lines = (await h.Client.ReadJournalAsync(id, default))!.ToList();
        Assert.True((await h.Client.VerifyAsync(id, default))!.Valid);

        var target = lines.FindIndex(l => l.Contains("\"score\":"));
        lines[target] = System.Text.RegularExpressions.Regex.Replace(lines[target], "\"score\":[0-9.eE-]+", "\"score\":0.999");
        await h.Journals.OverwriteAsync(id, lines, default);

        var result = (await h.Client.VerifyAsync(id, default))!;
        Assert.False(result.Valid);
        Assert.Equal(target, result.FirstBadSeq);
    }

    [Fact]
    public async Task Start_HundredThousandCharacterTexts_GoThroughTheJournalNeverTheQueue()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));
        var prompt = "What is the capital of France? " + new string('p', 100_000 - 31);
        var response = "The capital of France is Paris. " + new string('r', 100_000 - 32);

        var id = (await h.Client.StartAsync(new AlignmentRequest { Prompt = prompt, Response = response }, null, default)).InstanceId;
        var peeked = (await h.Queue.Main.PeekMessagesAsync(32)).Value;
        var state = await h.Runner.AdvanceAsync(id, default);

        Assert.All(peeked, m => Assert.True(m.MessageText.Length < 200, $"a {m.MessageText.Length}-character queue message"));
        Assert.Equal(prompt, state.Output!.Prompt);
        Assert.Equal(response, state.Output.Response);
        Assert.Equal(prompt, state.Started.Request.Prompt);
        Assert.True((await h.Client.VerifyAsync(id, default))!.Valid);
    }

    [Fact]
    public async Task Start_InvalidRequests_AreRefusedBeforeAnyInstanceExists()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));

        var noResponse = await Assert.ThrowsAsync<AlignmentRequestException>(() => h.Client.StartAsync(new AlignmentRequest { Prompt = "q" }, null, default));
        var badCriterion = await Assert.ThrowsAsync<AlignmentRequestException>(() =>
            h.Client.StartAsync(new AlignmentRequest { Prompt = "q", Response = "a", Criteria = ["helpful", "witty"] }, null, default));
        var badPolicy = await Assert.ThrowsAsync<AlignmentRequestException>(() =>
            h.Client.StartAsync(new AlignmentRequest { Prompt = "q", Response = "a", Policy = "strict" }, null, default));
        var blankPrompt = await Assert.ThrowsAsync<AlignmentRequestException>(() => h.Client.StartAsync(new AlignmentRequest { Prompt = " ", Response = "a" }, null, default));

        Assert.Equal("response", noResponse.Field);
        Assert.Contains("no upstream LLM", noResponse.Problem);
        Assert.Equal("criteria[1]", badCriterion.Field);
        Assert.Equal("policy", badPolicy.Field);
        Assert.Equal("prompt", blankPrompt.Field);
        var ids = new List<string>();
        await foreach (var id in h.Client.ListInstanceIdsAsync(default))
        {
            ids.Add(id);
        }
        Assert.Empty(ids);
    }

    [Fact]
    public async Task RunInline_FinishesInBudget_DeletesTheSafetyNetMessage()
    {
        await using var h = await OrchestrationHarness.StartAsync(OrchestrationHarness.NewSettings(azurite));
        var started = await h.Client.StartAsync(Misaligned, new StartOptions { MessageDelay = TimeSpan.FromSeconds(1) }, default);

        var status = await h.Client.RunInlineAsync(started.InstanceId, started.Message, TimeSpan.FromSeconds(60), default);
        await Task.Delay(1500);

        Assert.Equal(RuntimeStatus.Completed, status.RuntimeStatus);
        Assert.Empty((await h.Queue.Main.PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task RunInline_PastBudget_LeavesTheSafetyNetForAWorker()
    {
        var settings = OrchestrationHarness.NewSettings(azurite);
        await using var h = await OrchestrationHarness.StartAsync(settings);
        var started = await h.Client.StartAsync(Misaligned, new StartOptions { MessageDelay = TimeSpan.FromSeconds(1) }, default);

        var status = await h.Client.RunInlineAsync(started.InstanceId, started.Message, TimeSpan.FromMilliseconds(1), default);
        Assert.NotEqual(RuntimeStatus.Completed, status.RuntimeStatus);

        settings["Orchestration:ListenToQueues"] = "true";
        await using var worker = await OrchestrationHarness.StartAsync(settings);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await h.Client.GetStatusAsync(started.InstanceId, default))!.RuntimeStatus != RuntimeStatus.Completed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the worker did not finish the instance");
            await Task.Delay(100);
        }
    }
}
