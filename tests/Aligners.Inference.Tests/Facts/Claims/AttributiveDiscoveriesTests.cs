using Aligners.Inference.Tests.Facts.Fixes;

namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A discovery named only to describe another thing ("X-ray images by", "telephone lines laid by")
/// credits the person after "by" with that thing, never with the discovery, so nothing is corrected;
/// a wrong discoverer of the same discovery is still corrected.
/// </summary>
[Trait("Category", "Unit")]
public class AttributiveDiscoveriesTests
{
    [Theory]
    [InlineData("Tell me about early hospital imaging.", "Hospitals adopted X-ray photographs by Marie Curie's mobile units during the First World War.")]
    [InlineData("How did phone networks spread?", "By 1900 telephone lines laid by Thomas Edison's rivals crossed most American cities.")]
    [InlineData("Who first heard Jupiter?", "Radio signals picked up by Karl Jansky in 1932 began radio astronomy.")]
    public void A_person_credited_with_what_a_discovery_describes_is_not_judged_its_discoverer(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void The_year_beside_such_a_mention_is_still_corrected_and_the_person_kept()
    {
        var fix = FixHelper.Fix("When was penicillin discovered?",
            "Penicillin was discovered by Alexander Fleming in 1945, long before X-ray crystallography by Dorothy Hodgkin showed its structure.");
        Assert.Contains("1928", fix.Text, StringComparison.Ordinal);
        Assert.Contains("Dorothy Hodgkin", fix.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Röntgen", fix.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who discovered X-rays?", "X-rays were discovered by Marie Curie in 1895.", "Curie")]
    [InlineData("Who invented the telephone?", "The telephone was invented by Thomas Edison.", "Edison")]
    public void A_wrong_discoverer_of_the_discovery_itself_is_still_corrected(string prompt, string answer, string claim) =>
        Assert.Contains(claim, FactAssert.Contradiction(prompt, answer).Claim, StringComparison.Ordinal);

    [Theory]
    [InlineData("they took x-ray images of it", 10, 5, true)]
    [InlineData("x-ray crystallography showed it", 0, 5, true)]
    [InlineData("x-rays were found by him", 0, 6, false)]
    [InlineData("the telephone was invented", 4, 9, false)]
    public void A_mention_followed_by_a_described_noun_is_narrowed(string folded, int start, int length, bool narrowed) =>
        Assert.Equal(narrowed, AttributiveDiscoveries.Narrowed(folded, new Mention(MentionKind.Discovery, "0", start, length)));
}
