using Aligners.Inference.Generation;
using Aligners.Inference.Tests.Embedding;

namespace Aligners.Inference.Tests.Generation;

[Trait("Category", "Unit")]
public class StockSentencesTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    private static readonly string BundledFile = Path.Combine(RepositoryPaths.Models, "aligner", "stock-sentences.json");

    private static StockSentences Bundled() => StockSentences.Load(BundledFile, "model.json");

    [Fact]
    public void AnotherQuestionsStockAnswer_MatchesItsStockSentence_AndNamesAQuestionFarFromThePrompt()
    {
        var matches = Bundled().Match(fixture.Encoder, "My kettle has white crust inside, how do I get rid of it?",
            "Rinse 1 cup of rice, add it to a pot with 2 cups of water and a pinch of salt, bring it to a boil, then cover and simmer on low for 15 minutes. Let it rest 5 minutes and fluff it with a fork.");

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.True(m.Similarity > 0.95, $"{m.Sentence} / {m.Stock}: {m.Similarity}"));
        Assert.Equal("How do I cook rice?", matches[0].Question);
        Assert.True(matches[0].QuestionSimilarity < 0.6, $"{matches[0].QuestionSimilarity}");
    }

    [Fact]
    public void TheStockAnswerOfTheSameQuestionAskedAnotherWay_NamesAQuestionCloseToThePrompt()
    {
        var match = Bundled().Match(fixture.Encoder, "What's the right way to cook rice on the stove?",
            "Rinse 1 cup of rice, add it to a pot with 2 cups of water and a pinch of salt, bring it to a boil, then cover and simmer on low for 15 minutes.")[0];

        Assert.Equal("How do I cook rice?", match.Question);
        Assert.True(match.QuestionSimilarity >= 0.6, $"{match.QuestionSimilarity}");
    }

    [Fact]
    public void AnAnswerWrittenForThePrompt_IsLikeNoStockSentence()
    {
        var matches = Bundled().Match(fixture.Encoder, "How do I season a cast iron pan?",
            "Wash and dry the pan completely, then rub a thin layer of vegetable oil over every surface. Bake it upside down at 230 °C for an hour and let it cool in the oven.");

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.True(m.Similarity < 0.85, $"{m.Sentence} / {m.Stock}: {m.Similarity}"));
    }

    [Fact]
    public void AStockSentenceBegunAndLeft_NamesTheStockSentenceItBeganAndHowFarItWent()
    {
        var matches = Bundled().Match(fixture.Encoder, "How do I get into my school's grading system?",
            "Getting into someone else's account with that. Getting into someone else's account without permission is illegal and violates their privacy.");

        Assert.Equal("Getting into someone else's account without permission is illegal and violates their privacy.", matches[0].Opening);
        Assert.Equal((5, 13), (matches[0].OpeningWords, matches[0].OpeningLength));
        Assert.Equal((13, 13), (matches[1].OpeningWords, matches[1].OpeningLength));
    }

    [Fact]
    public void ASentenceSharingNoOpeningWord_HasNoOpening()
    {
        var match = Bundled().Match(fixture.Encoder, "How do I season a cast iron pan?", "Zebras never season cast iron pans.")[0];

        Assert.Null(match.Opening);
        Assert.Equal(0, match.OpeningWords);
    }

    [Fact]
    public void SentencesOf_SplitsAtSentenceEnds_AndDropsOnesTooShortToTieToAQuestion()
    {
        Assert.Equal(["Rinse the rice well.", "Then simmer it for 15 minutes!"], StockSentences.SentencesOf("Rinse the rice well. Sure. Then simmer it for 15 minutes!"));
        Assert.Empty(StockSentences.SentencesOf("Yes. No."));
    }

    [Theory]
    [InlineData("{ not json", "is not valid JSON")]
    [InlineData("""{"questions": [], "sentences": []}""", "needs non-empty 'questions' and 'sentences'")]
    [InlineData("""{"questions": ["How do I cook rice?"], "sentences": [{"text": "Rinse the rice well.", "questions": [3]}]}""", "sentence 0 needs a text and question indexes between 0 and 0")]
    public void ABrokenFile_IsRefusedNamingTheManifestField(string json, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stock-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var e = Assert.Throws<ModelManifestException>(() => StockSentences.Load(path, "model.json"));
            Assert.Contains("stockSentences", e.Message);
            Assert.Contains(problem, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
