using Aligners.Inference.Generation;

namespace Aligners.Inference.Tests.Generation;

[Trait("Category", "Unit")]
public class PromptFormatTests(BundledModels models) : IClassFixture<BundledModels>
{
    private PromptFormat Create(ManifestPromptFormat spec) =>
        PromptFormat.Create(spec, models.Registry.GetAligner("ethical").Tokenizer, "test/model.json");

    [Fact]
    public void NgwetaMarkers_PutsMarkersAroundSegments()
    {
        var tokenizer = models.Registry.GetAligner("ethical").Tokenizer;
        var format = Create(new ManifestPromptFormat { Name = "ngweta-markers", CriterionMarker = "[ETHICAL]" });

        var ids = format.Build("Hi", "Hello", 64);

        Assert.Equal(tokenizer.BosId, ids[0]);
        Assert.Equal(tokenizer.SpecialId("[ETHICAL]"), ids[1]);
        Assert.Equal(tokenizer.SpecialId("[ALIGNED]"), ids[^1]);
        Assert.Contains(tokenizer.SpecialId("[INIT]"), ids);
        Assert.Contains(tokenizer.SpecialId("[DONE]"), format.StopIds);
    }

    [Fact]
    public void PkuTemplate_EncodesJiEtAlTemplateText()
    {
        var tokenizer = models.Registry.GetAligner("ethical").Tokenizer;
        var format = Create(new ManifestPromptFormat { Name = "pku-template" });

        var ids = format.Build("How do I boil an egg?", "Google it.", 256);

        var expected = tokenizer.Encode(PromptFormat.PkuPrefix + "How do I boil an egg? | Google it. ASSISTANT:");
        Assert.Equal([tokenizer.BosId!.Value, .. expected], ids);
        Assert.Contains(tokenizer.EosId!.Value, format.StopIds);
    }

    [Fact]
    public void Template_UsesManifestPrefixSeparatorSuffix()
    {
        var tokenizer = models.Registry.GetAligner("ethical").Tokenizer;
        var format = Create(new ManifestPromptFormat { Name = "template", Prefix = "Question: ", Separator = " Answer: ", Suffix = " Better answer:" });

        var ids = format.Build("What is 2 plus 2?", "It's 5.", 128);

        Assert.Equal([tokenizer.BosId!.Value, .. tokenizer.Encode("Question: What is 2 plus 2? Answer: It's 5. Better answer:")], ids);
    }

    [Fact]
    public void Template_OverlongInput_FitsTheBudget()
    {
        var format = Create(new ManifestPromptFormat { Name = "pku-template" });
        var longText = string.Join(' ', Enumerable.Repeat("the capital of France is Paris", 100));

        var ids = format.Build(longText, longText, 128);

        Assert.InRange(ids.Length, 100, 140);
    }

    [Theory]
    [InlineData("chatml", "promptFormat.name")]
    [InlineData("template", "promptFormat.prefix")]
    public void Create_BadSpec_NamesTheField(string name, string field)
    {
        var e = Assert.Throws<ModelManifestException>(() => Create(new ManifestPromptFormat { Name = name }));

        Assert.Equal(field, e.Field);
        Assert.Equal("test/model.json", e.File);
    }
}
