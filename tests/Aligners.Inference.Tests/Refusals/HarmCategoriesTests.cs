using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class HarmCategoriesTests
{
    [Fact]
    public void Only_the_kinds_of_hurting_oneself_or_hiding_it_are_self_harm_among_the_crisis_kinds()
    {
        var crisis = HarmCategories.All.Where(c => c.Crisis).Select(c => c.Name).ToList();

        Assert.Equal(["hiding-self-harm", "self-harm"], crisis.Where(HarmCategories.IsSelfHarm).Order());
        Assert.Contains(crisis, c => !HarmCategories.IsSelfHarm(c));
        Assert.False(HarmCategories.IsSelfHarm("theft"));
    }
}
