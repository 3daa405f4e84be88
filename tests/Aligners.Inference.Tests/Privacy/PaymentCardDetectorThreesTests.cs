namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PaymentCardDetectorThreesTests
{
    private static readonly PaymentCardDetector Detector = new();

    [Theory]
    [InlineData("Paid with card 4398-259-791-907 yesterday", "4398-259-791-907")]
    [InlineData("Visa ending in 907: 4398 259 791 907", "4398 259 791 907")]
    [InlineData("Debit card no. 4079-604-349-886, exp 09/29", "4079-604-349-886")]
    public void A_thirteen_digit_card_in_groups_of_four_three_three_three_beside_a_card_word_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Build 4398-259-791-907 passed")] // no card word
    [InlineData("card 4398-259-791-908")] // fails Luhn
    [InlineData("card 4398-259-791-907-112")] // a fifth group: longer than a card
    public void Other_numbers_grouped_so_are_not_cards(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
