using Aligners.LocalHost.Engine;
using DurableTask.AzureStorage;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aligners.LocalHost.Tests.Engine;

/// <summary>The local Durable client against DTFx's in-process worker on a real Azurite task hub.</summary>
[Trait("Category", "Integration")]
public sealed class LocalDurableTaskClientTests : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);
    private readonly AzuriteFixture _azurite;
    private AzureStorageOrchestrationService _service = null!;
    private InProcessEngine _engine = null!;
    private LocalDurableTaskClient _client = null!;
    private readonly InstanceCompletions _completions = new();

    public LocalDurableTaskClientTests(AzuriteFixture azurite) => _azurite = azurite;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
        }).Build();
        var options = new DurableTaskHostOptions
        {
            HubName = "c" + Guid.NewGuid().ToString("N")[..12],
            StorageProvider = new StorageProviderOptions { PartitionCount = 1, MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500) },
        };
        _service = OrchestrationServiceFactory.Create(configuration, options, NullLoggerFactory.Instance);
        await _service.CreateIfNotExistsAsync();
        var services = new ServiceCollection().BuildServiceProvider();
        _engine = new InProcessEngine(new CompletionSignalingService(_service, _completions), ClientTestWorkflows.All, new DurableTaskShimFactory(), services, NullLoggerFactory.Instance);
        await _engine.StartAsync(default);
        _client = new LocalDurableTaskClient(_service, _completions);
    }

    public async Task DisposeAsync()
    {
        await _engine.StopAsync(default);
        await _service.DeleteAsync();
    }

    private async Task<OrchestrationMetadata> WaitAsync(string id)
    {
        using var cts = new CancellationTokenSource(Budget);
        return await _client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
    }

    [Fact]
    public async Task Schedule_RunsTheOrchestration_AndWaitReturnsItsOutput_WhileGetWithoutInputsLeavesThemOut()
    {
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Echo", "hello");

        var done = await WaitAsync(id);
        var bare = await _client.GetInstanceAsync(id, getInputsAndOutputs: false);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("Echo", done.Name);
        Assert.Equal("hello", done.ReadInputAs<string>());
        Assert.Equal("HELLO", done.ReadOutputAs<string>());
        Assert.NotNull(bare);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, bare.RuntimeStatus);
        Assert.Null(bare.SerializedInput);
        Assert.Null(bare.SerializedOutput);
    }

    [Fact]
    public async Task GetInstance_OfAnUnknownId_IsNull()
    {
        Assert.Null(await _client.GetInstanceAsync("no-such-instance", getInputsAndOutputs: true));
    }

    [Fact]
    public async Task StartWithEveryDedupeStatus_ASecondStartOfTheSameId_ThrowsAlreadyExists_AndStartOnceRunsOnce()
    {
        var id = Guid.NewGuid().ToString("N");
        var first = await _client.StartOnceAsync("Echo", "once", id, default);
        await WaitAsync(id);

        var second = await _client.StartOnceAsync("Echo", "again", id, default, mayExist: false);
        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => _client.ScheduleNewOrchestrationInstanceAsync("Echo", "again",
            new StartOrchestrationOptions(id).WithDedupeStatuses([.. Enum.GetValues<OrchestrationRuntimeStatus>()])));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal("ONCE", (await WaitAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task RaiseEvent_ReachesTheWaitingOrchestration_WhoseCustomStatusWasReadable()
    {
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "in");
        var started = await WaitForCustomStatusAsync(id);

        await _client.RaiseEventAsync(id, "go", "payload");
        var done = await WaitAsync(id);

        Assert.Equal("\"waiting\"", started.SerializedCustomStatus);
        Assert.Equal("in:payload", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Suspend_HoldsTheInstanceAndItsEvents_UntilResume()
    {
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "s");
        await WaitForCustomStatusAsync(id);

        await _client.SuspendInstanceAsync(id, "hold");
        await WaitForStatusAsync(id, OrchestrationRuntimeStatus.Suspended);
        await _client.RaiseEventAsync(id, "go", "later");
        await Task.Delay(1500);
        var held = await _client.GetInstanceAsync(id);
        await _client.ResumeInstanceAsync(id, "go on");
        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Suspended, held!.RuntimeStatus);
        Assert.Equal("s:later", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Terminate_EndsARunningInstance_WithTheGivenOutput()
    {
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "t");
        await WaitForCustomStatusAsync(id);

        await _client.TerminateInstanceAsync(id, "stopped by the test");
        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("stopped by the test", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task AFailingActivity_FailsTheInstance_WithTheActivitysErrorReadable()
    {
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Fail", "x");

        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        // The Azure Storage backend keeps the failure as the instance's output.
        Assert.Contains("refused x", done.ErrorOf());
    }

    [Fact]
    public async Task Purge_DeletesAnEndedInstance_AndRefusesARunningOne()
    {
        var ended = await _client.ScheduleNewOrchestrationInstanceAsync("Echo", "p");
        await WaitAsync(ended);
        var running = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "r");
        await WaitForCustomStatusAsync(running);

        var purged = await _client.PurgeInstanceAsync(ended);
        var again = await _client.PurgeInstanceAsync(ended);

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Equal(0, again.PurgedInstanceCount);
        Assert.Null(await _client.GetInstanceAsync(ended));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _client.PurgeInstanceAsync(running));
        await _client.TerminateInstanceAsync(running);
    }

    [Fact]
    public async Task Query_FiltersByStatusAndIdPrefix_AcrossPages()
    {
        var prefix = "q" + Guid.NewGuid().ToString("N")[..8] + "-";
        for (var i = 0; i < 3; i++)
        {
            await WaitAsync(await _client.ScheduleNewOrchestrationInstanceAsync("Echo", $"q{i}", new StartOrchestrationOptions(prefix + i)));
        }
        var gate = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "g", new StartOrchestrationOptions(prefix + "gate"));
        await WaitForCustomStatusAsync(gate);

        var completed = new List<OrchestrationMetadata>();
        await foreach (var m in _client.GetAllInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: prefix, PageSize: 2, FetchInputsAndOutputs: true,
            Statuses: [OrchestrationRuntimeStatus.Completed])))
        {
            completed.Add(m);
        }
        var all = new List<string>();
        await foreach (var m in _client.GetAllInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: prefix)))
        {
            all.Add(m.InstanceId);
        }

        Assert.Equal([prefix + 0, prefix + 1, prefix + 2], completed.Select(m => m.InstanceId).Order());
        Assert.Equal(["Q0", "Q1", "Q2"], completed.Select(m => m.ReadOutputAs<string>()!).Order());
        Assert.Equal(4, all.Count);
        await _client.TerminateInstanceAsync(gate);
    }

    [Fact]
    public async Task Wait_OnAnInstanceThisProcessRuns_EndsOnTheEnginesSignal_WithoutPollingStorage()
    {
        // Storage is read once at the start of the wait, and not again for ten minutes: only the signal can end it.
        var client = new LocalDurableTaskClient(_service, _completions, firstPoll: TimeSpan.FromMinutes(10));
        var id = await client.ScheduleNewOrchestrationInstanceAsync("Gate", "w");
        await WaitForCustomStatusAsync(id);

        var wait = client.WaitWithinAsync(id, Timeout.InfiniteTimeSpan, default);
        await Task.Delay(200);
        await client.RaiseEventAsync(id, "go", "signalled");
        var done = await wait.WaitAsync(Budget);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal("w:signalled", done.ReadOutputAs<string>());
        Assert.Equal(0, _completions.Waiting);
    }

    [Fact]
    public async Task Wait_WithoutSignals_AsForAnInstanceAnotherHostRuns_FindsTheEndByReadingStorage()
    {
        var elsewhere = new LocalDurableTaskClient(_service, completions: null, firstPoll: TimeSpan.FromMilliseconds(100));
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "e");
        await WaitForCustomStatusAsync(id);

        var wait = elsewhere.WaitWithinAsync(id, Timeout.InfiniteTimeSpan, default);
        await _client.RaiseEventAsync(id, "go", "polled");

        Assert.Equal("e:polled", (await wait.WaitAsync(Budget))!.ReadOutputAs<string>());
    }

    [Fact]
    public async Task WaitWithin_ABudgetShorterThanTheInstance_ReturnsItRunning_AndLetsGoOfTheWait()
    {
        var id = await _client.ScheduleNewOrchestrationInstanceAsync("Gate", "b");
        await WaitForCustomStatusAsync(id);

        var running = await _client.WaitWithinAsync(id, TimeSpan.FromMilliseconds(300), default);

        Assert.Equal(OrchestrationRuntimeStatus.Running, running!.RuntimeStatus);
        Assert.Equal(0, _completions.Waiting);
        Assert.Null(await _client.WaitWithinAsync("no-such-instance", TimeSpan.FromSeconds(5), default));
        await _client.TerminateInstanceAsync(id);
    }

    private async Task<OrchestrationMetadata> WaitForCustomStatusAsync(string id)
    {
        var deadline = DateTime.UtcNow + Budget;
        while (DateTime.UtcNow < deadline)
        {
            if (await _client.GetInstanceAsync(id) is { SerializedCustomStatus: not null } m)
            {
                return m;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"instance {id} never set its custom status");
    }

    private async Task WaitForStatusAsync(string id, OrchestrationRuntimeStatus status)
    {
        var deadline = DateTime.UtcNow + Budget;
        while ((await _client.GetInstanceAsync(id))?.RuntimeStatus != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"instance {id} never reached {status}");
            await Task.Delay(100);
        }
    }
}
