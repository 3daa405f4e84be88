using System.ComponentModel.DataAnnotations;

namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class StepFailuresTests
{
    private static readonly AlignmentPolicy Failing = new();

    private static readonly AlignmentPolicy GoingOn = new() { OnFailure = FailureActions.Unresolved };

    [Theory]
    [InlineData(StepFailures.Inspector, InspectorBackends.Model)]
    [InlineData(StepFailures.Inspector, InspectorBackends.Facts)]
    [InlineData(StepFailures.Aligner, AlignerBackends.Model)]
    [InlineData(StepFailures.Encoder, AlignerBackends.Model)]
    public void OwnModelFailures_FailTheInstanceByDefault_AndAreToleratedUnderUnresolved(string step, string backend)
    {
        Assert.False(StepFailures.Tolerates(Failing, step, backend));
        Assert.True(StepFailures.Tolerates(GoingOn, step, backend));
    }

    [Fact]
    public void LlmAlignerFailure_IsToleratedUnderEitherSetting()
    {
        Assert.True(StepFailures.Tolerates(Failing, StepFailures.Aligner, AlignerBackends.Llm));
        Assert.True(StepFailures.Tolerates(GoingOn, StepFailures.Aligner, AlignerBackends.Llm));
    }

    [Fact]
    public void OnFailure_DefaultsToFail_AndAcceptsOnlyFailOrUnresolved()
    {
        Assert.Equal(FailureActions.Fail, new AlignmentPolicy().OnFailure);
        var results = new List<ValidationResult>();
        var policy = new AlignmentPolicy { OnFailure = "ignore" };

        Assert.False(Validator.TryValidateObject(policy, new ValidationContext(policy), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage == "OnFailure must be fail or unresolved.");
    }

    [Fact]
    public void Unscored_NamesTheInspectorAndItsError_AndSaysTheCriterionHasNoScore()
    {
        var u = StepFailures.Unscored("tone", "no inspector for criterion 'tone'");

        Assert.Equal(("tone", StepFailures.Inspector, null), (u.Criterion, u.Check, u.Candidate));
        Assert.Equal("its inspector failed: no inspector for criterion 'tone'; the criterion has no score", u.Reason);
    }

    [Theory]
    [InlineData(AlignerBackends.Llm, "the LLM aligner failed: 500")]
    [InlineData(AlignerBackends.Model, "the aligner failed: 500")]
    public void NotRewritten_NamesWhichAlignerFailed(string backend, string reason)
    {
        var u = StepFailures.NotRewritten("helpful", backend, "500");

        Assert.Equal(("helpful", StepFailures.Aligner, reason), (u.Criterion, u.Check, u.Reason));
    }

    [Fact]
    public void ARewriteWhoseGateInputsFailed_IsUnresolvedForTheCriterionAligned_WithTheRewriteKept()
    {
        var unscored = StepFailures.RewriteUnscored("helpful", "ethical", "timeout", "the rewrite");
        var uncompared = StepFailures.TopicUncompared("helpful", "timeout", "the rewrite");

        Assert.Equal(("helpful", StepFailures.Inspector, "the rewrite"), (unscored.Criterion, unscored.Check, unscored.Candidate));
        Assert.Contains("the ethical inspector failed: timeout", unscored.Reason);
        Assert.Equal(("helpful", StepFailures.Encoder, "the rewrite"), (uncompared.Criterion, uncompared.Check, uncompared.Candidate));
        Assert.Contains("topic could not be compared: timeout", uncompared.Reason);
    }
}
