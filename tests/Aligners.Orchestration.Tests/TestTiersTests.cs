namespace Aligners.Orchestration.Tests;

/// <summary>Every test class of this assembly carries one tier, so no filtered run leaves it out.</summary>
[Trait("Category", "Unit")]
public class TestTiersTests
{
    [Fact]
    public void Every_test_class_carries_one_tier()
    {
        Assert.Empty(TestTiers.Untiered(typeof(TestTiersTests).Assembly));
    }
}
