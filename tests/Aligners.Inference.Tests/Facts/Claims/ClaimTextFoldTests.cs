namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>Folding a text for comparison: lower case, no diacritics, the same fold however often it is asked.</summary>
[Trait("Category", "Unit")]
public class ClaimTextFoldTests
{
    [Fact]
    public void Plain_lower_case_text_is_its_own_fold()
    {
        var text = "the capital of france";

        Assert.Same(text, ClaimText.Fold(text));
    }

    [Theory]
    [InlineData("The Capital Of FRANCE", "the capital of france")]
    [InlineData("Brasília and São Paulo", "brasilia and sao paulo")]
    [InlineData("It’s Curaçao", "it's curacao")]
    public void Capitals_and_diacritics_fold_away(string text, string folded) =>
        Assert.Equal(folded, ClaimText.Fold(text));

    [Fact]
    public void The_same_text_folds_the_same_when_other_texts_were_folded_between()
    {
        var answer = "Brasília is the capital of Brazil – not Rio.";
        var first = ClaimText.Fold(answer);
        for (var i = 0; i < 10; i++)
        {
            ClaimText.Fold($"Zürich {i}");
        }

        Assert.Equal(first, ClaimText.Fold(answer));
        Assert.Equal("brasilia is the capital of brazil – not rio.", ClaimText.Fold(answer));
    }

    [Fact]
    public void An_okina_reads_as_the_apostrophe_so_a_capital_written_with_it_is_confirmed() =>
        FactAssert.Confirmed("Capitals of the Pacific?", "| Country | Capital |\n|---|---|\n| Tonga | Nukuʻalofa |\n| Samoa | Apia |");
}
