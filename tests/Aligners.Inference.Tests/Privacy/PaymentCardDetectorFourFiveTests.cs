namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PaymentCardDetectorFourFiveTests
{
    private static readonly PaymentCardDetector Detector = new();

    [Theory]
    [InlineData("Bezahlt mit Kreditkarte 4719 2038 56175, Ablauf 03/28", "4719 2038 56175")]
    [InlineData("card on file: 4550-6321-88744", "4550-6321-88744")]
    [InlineData("Pago con tarjeta 4719 2038 56175.", "4719 2038 56175")]
    public void A_thirteen_digit_visa_number_in_groups_of_four_four_five_beside_a_card_word_is_a_card(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Lieferschein 4719 2038 56175 liegt bei")] // no card word
    [InlineData("card on file: 4719 2038 56176")] // fails the Luhn check
    [InlineData("card ref 4719 2038 56175 2210")] // a further group makes a longer number
    public void Four_four_five_groups_without_a_card_word_a_valid_check_or_an_end_are_no_card(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
