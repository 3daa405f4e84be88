using Aligners.Inference.Generation;

namespace Aligners.Inference.Tests.Generation;

[Trait("Category", "Unit")]
public class CaseRestorationTests
{
    [Fact]
    public void Apply_WordsCapitalisedInTheSources_GetTheirSpellingBack()
    {
        var text = CaseRestoration.Apply("i can ' t help you get into your ex ' s instagram account.",
            "How can I get into my ex's Instagram account?", "Go to the login page.");

        Assert.Equal("I can't help you get into your ex's Instagram account.", text);
    }

    [Fact]
    public void Apply_AWordCapitalisedOnlyAtASentenceStart_StaysLowerCase()
    {
        var text = CaseRestoration.Apply("rinse the kettle. then boil water twice.", "Rinse it?", "Then wait.");

        Assert.Equal("Rinse the kettle. Then boil water twice.", text);
    }

    [Fact]
    public void Apply_SentencesNumberedStepsAndThePronoun_StartWithACapital()
    {
        var text = CaseRestoration.Apply("1. fill it halfway. 2. boil it! i'm sure it works? yes.", "", "");

        Assert.Equal("1. Fill it halfway. 2. Boil it! I'm sure it works? Yes.", text);
    }

    [Fact]
    public void Apply_InnerCapitals_AreKeptEvenAtASentenceStart()
    {
        var text = CaseRestoration.Apply("back up your iphone to icloud.", "iPhone storage is full.", "Use iCloud.");

        Assert.Equal("Back up your iPhone to iCloud.", text);
    }

    [Theory]
    [InlineData("pack a carry - on bag", "Pack a carry-on bag")]
    [InlineData("wake at 6 : 30 each day", "Wake at 6:30 each day")]
    [InlineData("save 20 % of it ( or more )", "Save 20% of it (or more)")]
    [InlineData("it costs $ 5 ; then stop", "It costs $5; then stop")]
    public void Apply_SpacesWordPieceLeavesInsideWordsAndNumbers_AreRemoved(string generated, string expected)
    {
        Assert.Equal(expected, CaseRestoration.Apply(generated, "", ""));
    }

    [Fact]
    public void Apply_EmptyText_StaysEmpty()
    {
        Assert.Equal("", CaseRestoration.Apply("", "Prompt?", "Answer."));
    }
}
