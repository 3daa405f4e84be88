namespace Aligners.Inference.Tests.Tokenization;

[Trait("Category", "Unit")]
public class TokenizerParityTests(BundledModels models) : IClassFixture<BundledModels>
{
    [Fact]
    public void Encode_GoldenTexts_IdsIdenticalToPython()
    {
        var tokenizer = models.Registry.GetInspector("factuality").Tokenizer;
        var cases = Golden.Load("tokenizer.json").GetProperty("cases").EnumerateArray().ToList();

        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            var text = c.GetProperty("text").GetString()!;
            Assert.Equal(Golden.Ints(c.GetProperty("ids")), tokenizer.Encode(text));
        }
    }

    [Fact]
    public void Encode_RunOfUnknownCharacters_IsOneUnknownToken()
    {
        var tokenizer = models.Registry.GetInspector("factuality").Tokenizer;

        var ids = tokenizer.Encode("日本語");

        Assert.Equal(1, ids.Count(i => i == tokenizer.UnknownId));
    }

    [Fact]
    public void Decode_EncodedCorpusText_RoundTrips()
    {
        var tokenizer = models.Registry.GetInspector("factuality").Tokenizer;
        const string text = "Rinse 1 cup of rice, add it to a pot with 2 cups of water.";

        Assert.Equal(text, tokenizer.Decode(tokenizer.Encode(text)));
    }

    [Fact]
    public void SpecialId_MarkersFromManifest_AreDistinct()
    {
        var tokenizer = models.Registry.GetAligner("ethical").Tokenizer;
        string[] markers = ["[INIT]", "[ALIGNED]", "[DONE]", "[SEP]"];

        Assert.Equal(markers.Length, markers.Select(tokenizer.SpecialId).Distinct().Count());
        Assert.Throws<InferenceException>(() => tokenizer.SpecialId("[NOPE]"));
    }
}
