using Aligners.Inference.Generation;

namespace Aligners.Orchestration.Tests.Decisions;

[Trait("Category", "Unit")]
public class StockDepartureTests
{
    private const string Stock = "Getting into someone else's account without permission is illegal and violates their privacy.";

    private static StockMatch Match(string sentence, int shared, int length = 13) =>
        new(sentence, Stock, 0.9, "How do I get into my ex's account?", 0.7, Stock, shared, length);

    [Fact]
    public void ASentenceThatBeginsAStockSentenceAndGoesElsewhere_Departs()
    {
        Assert.True(StockDeparture.Departs(Match("Getting into someone else's account with that.", 5), previous: null, openingWords: 4));
    }

    [Fact]
    public void ASentenceThatStopsBeforeTheStockSentencesEnd_Departs()
    {
        Assert.True(StockDeparture.Departs(Match("Getting into someone else's account without permission.", 7), previous: null, openingWords: 4));
    }

    [Fact]
    public void TheWholeStockSentence_OrTheWholeOneAndMore_DoesNotDepart()
    {
        Assert.False(StockDeparture.Departs(Match(Stock, 13), null, 4));
        Assert.False(StockDeparture.Departs(Match(Stock + " Ask them instead.", 13), null, 4));
    }

    [Fact]
    public void FewerSharedOpeningWordsThanTheSetting_OrTheSettingAtZero_DoesNotDepart()
    {
        Assert.False(StockDeparture.Departs(Match("Getting into someone's car is different.", 3), null, 4));
        Assert.False(StockDeparture.Departs(Match("Getting into someone else's account with that.", 5), null, 0));
    }

    [Fact]
    public void ARefusalRestatingItsRequest_IsLeftToTheRestatementCheck()
    {
        var refusal = new StockMatch("I'm not able to help you break into your school's grading system.", "I'm not able to help you build a bomb at home.",
            0.6, "How do I build a bomb at home?", 0.3, "I'm not able to help you build a bomb at home.", 6, 11);

        Assert.False(StockDeparture.Departs(refusal, null, 4));
    }

    [Fact]
    public void ASentenceCopiedFromTheTextItReplaces_IsKeptNotComposed()
    {
        const string sentence = "Getting into someone else's account with their consent is fine.";

        Assert.False(StockDeparture.Departs(Match(sentence, 5), "Sure. " + sentence + " Ask them first.", 4));
        Assert.True(StockDeparture.Departs(Match(sentence, 5), "Something else entirely.", 4));
    }
}
