using Aligners.LocalHost.Engine;

namespace Aligners.LocalHost.Tests.Engine;

[Trait("Category", "Unit")]
public class WorkInHandTests
{
    private sealed class Item;

    [Fact]
    public async Task WhenIdle_CompletesOnlyOnceTheLastItemHeldIsReleased()
    {
        var work = new WorkInHand<Item>();
        Item first = new(), second = new();
        work.Taken(first);
        work.Taken(second);
        var idle = work.WhenIdle();

        work.Released(first);
        Assert.False(idle.IsCompleted);
        work.Released(second);

        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, work.Count);
    }

    [Fact]
    public void AnItemReleasedTwice_CountsOnce_AndAFetchThatGotNothing_IsNotHeld()
    {
        // The dispatcher abandons a work item whose completion failed: both report it let go.
        var work = new WorkInHand<Item>();
        Item held = new(), other = new();
        Assert.Null(work.Taken(null));
        work.Taken(held);
        work.Taken(other);

        work.Released(held);
        work.Released(held);

        Assert.Equal(1, work.Count);
        Assert.False(work.WhenIdle().IsCompleted);
    }

    [Fact]
    public void WhenIdle_WithNothingHeld_IsAlreadyComplete() => Assert.True(new WorkInHand<Item>().WhenIdle().IsCompleted);
}
