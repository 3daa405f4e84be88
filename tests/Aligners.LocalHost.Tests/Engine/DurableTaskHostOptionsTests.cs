using Aligners.LocalHost.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Aligners.LocalHost.Tests.Engine;

[Trait("Category", "Unit")]
public class DurableTaskHostOptionsTests
{
    private const string Provider = DurableTaskHostOptions.Section + ":storageProvider:";

    private static DurableTaskHostOptions Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddInProcessEngine();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DurableTaskHostOptions>>().Value;
    }

    [Fact]
    public void HostJsonsVisibilityTimeouts_Bind()
    {
        var options = Bind(new()
        {
            [Provider + "controlQueueVisibilityTimeout"] = "00:01:00",
            [Provider + "workItemQueueVisibilityTimeout"] = "00:00:30",
        });

        Assert.Equal(TimeSpan.FromMinutes(1), options.StorageProvider.ControlQueueVisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.StorageProvider.WorkItemQueueVisibilityTimeout);
    }

    [Theory]
    [InlineData("controlQueueVisibilityTimeout", "00:00:15")]
    [InlineData("workItemQueueVisibilityTimeout", "00:00:29")]
    [InlineData("workItemQueueVisibilityTimeout", "02:00:00")]
    public void AVisibilityTimeoutOutsideWhatTheEngineRenewsInTime_FailsNamingTheSetting(string setting, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [Provider + setting] = value }));

        Assert.Contains($"{setting} must be between 30 seconds and 1 hour", error.Message);
    }

    [Fact]
    public void ANestedSettingOutOfRange_IsValidatedToo()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [Provider + "partitionCount"] = "40" }));

        Assert.Contains("PartitionCount", error.Message);
    }
}
