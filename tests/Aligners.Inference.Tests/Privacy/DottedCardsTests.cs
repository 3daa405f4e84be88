namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DottedCardsTests
{
    private static readonly PaymentCardDetector Detector = new();

    [Theory]
    [InlineData("Card no. 4716.9907.9508.3053, expired.", "4716.9907.9508.3053")]
    [InlineData("Amex card 3782.979754.01809 on file", "3782.979754.01809")]
    [InlineData("Ihre Kreditkarte 5425.3537.8882.3366 wurde belastet.", "5425.3537.8882.3366")]
    [InlineData("Uw betaalkaart 4716.9907.9508.3053 is vervangen.", "4716.9907.9508.3053")]
    [InlineData("Maestro-Karte 6763.9221.9376.5796.961 gesperrt", "6763.9221.9376.5796.961")]
    public void Dotted_groups_beside_a_card_word_are_a_card(string text, string card)
    {
        var found = Assert.Single(Detector.Detect(text));
        Assert.Equal(card, text.Substring(found.Start, found.Length));
    }

    [Fact]
    public void Dotted_groups_under_a_card_column_heading_are_a_card()
    {
        var text = "customer,pan,amount\nLena Vos,5425.3537.8882.3366,12.50";
        var found = Assert.Single(Detector.Detect(text));
        Assert.Equal("5425.3537.8882.3366", text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("Build 4716.9907.9508.3053 shipped on Monday.")]
    [InlineData("Card reader firmware 4716.9907.9508.3054 is out.")]
    [InlineData("Card terminal at 81.17.40.9 runs 2024.1.3.0 now.")]
    [InlineData("Card number 4716.9907.9508.3053.77.1 is part of a longer dotted number.")]
    public void Dotted_versions_addresses_and_failing_numbers_are_no_card(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
