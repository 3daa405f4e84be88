namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// An event of a numbered series named with another number ("Apollo 13" beside the table's
/// Apollo 11, "World War I" beside the Second) is another event with a year of its own; the table's
/// event, named itself, is still judged and its wrong year corrected.
/// </summary>
[Trait("Category", "Unit")]
public class NumberedEventsTests
{
    [Theory]
    [InlineData("Summarise the Apollo 12 mission in two sentences.", "Apollo 12 launched in November 1969 and made the second crewed Moon landing, at the Ocean of Storms.")]
    [InlineData("Tell me about Apollo 17.", "Apollo 17, launched in December 1972, was the last crewed moon landing of the programme.")]
    [InlineData("When did Apollo 14 land on the moon?", "Apollo 14 landed on the Moon in February 1971.")]
    public void Another_numbered_mission_keeps_its_own_year(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void The_tables_own_event_is_still_flagged() =>
        Assert.Equal("1970", FactAssert.Contradiction("When was the first moon landing?", "Apollo 11 made the first moon landing in 1970.").Claim);

    [Fact]
    public void The_tables_own_event_is_still_corrected()
    {
        var fix = Fixes.FixHelper.Fix("Give me a short summary of Apollo 11.", "Apollo 11, launched in July 1968, made the first moon landing.");
        Assert.Contains("1969", fix.Text);
        Assert.DoesNotContain("1968", fix.Text);
    }

    [Theory]
    [InlineData("world war i ended in 1918", true)]
    [InlineData("world war ii ended in 1945", false)]
    [InlineData("apollo 13 and apollo 11", false)]
    [InlineData("apollo 8 orbited the moon", true)]
    [InlineData("apollo missions flew to the moon", false)]
    public void Names_another_number_of_the_series(string folded, bool sibling)
    {
        var keywords = new[] { "apollo 11", "world war ii", "world war 2", "moon landing" };
        Assert.Equal(sibling, NumberedEvents.NamesSibling(folded, 0, folded.Length, keywords));
    }
}
