using Aligners.Inference.Client;
using Aligners.LocalHost.Cli;

namespace Aligners.LocalHost.Tests.Cli;

[Trait("Category", "Unit")]
public class CliInstanceIdsTests
{
    private static readonly object Line = new { id = "rice", prompt = "How do I cook rice?", response = "Just search it online." };

    [Fact]
    public void TheSameLine_UnderTheSameModelsAndBuild_IsTheSameInstance()
    {
        Assert.Equal(CliInstanceIds.For("cli", Line, "build-1"), CliInstanceIds.For("cli", Line, "build-1"));
        Assert.Matches("^[0-9a-f]{32}$", CliInstanceIds.For("cli", Line, "build-1"));
    }

    [Fact]
    public void ANewModelOrBuild_OrAnotherVerb_IsANewInstance()
    {
        Assert.NotEqual(CliInstanceIds.For("cli", Line, "build-1"), CliInstanceIds.For("cli", Line, "build-2"));
        Assert.NotEqual(CliInstanceIds.For("cli", Line, "build-1"), CliInstanceIds.For("eval", Line, "build-1"));
    }

    [Fact]
    public void ARecalibratedThreshold_OrAnotherInferenceBuild_IsANewStamp()
    {
        var (workflows, inference) = (Guid.NewGuid(), Guid.NewGuid());
        ModelDescription[] shipped = [new("inspector-ethical", "inspector", "ethical", "abc", 0.9204)];
        ModelDescription[] recalibrated = [new("inspector-ethical", "inspector", "ethical", "abc", 0.3)];

        Assert.Equal(CliInstanceIds.Stamp(workflows, inference, shipped), CliInstanceIds.Stamp(workflows, inference, shipped));
        Assert.NotEqual(CliInstanceIds.Stamp(workflows, inference, shipped), CliInstanceIds.Stamp(workflows, inference, recalibrated));
        Assert.NotEqual(CliInstanceIds.Stamp(workflows, inference, shipped), CliInstanceIds.Stamp(workflows, Guid.NewGuid(), shipped));
    }
}
