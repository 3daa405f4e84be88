namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DecimalCommasTests
{
    private static readonly PaymentCardDetector Detector = new();

    [Fact]
    public void A_dashed_card_under_a_card_column_counts_in_a_row_whose_amount_has_a_decimal_comma()
    {
        const string text = "order_ref,card_number,total,state\nA-77,5425-2334-3010-9903,€ 419,90,paid";
        Detector.SingleAt(text, "5425-2334-3010-9903");
    }

    [Fact]
    public void An_ungrouped_thirteen_digit_visa_under_a_card_column_counts_beside_a_decimal_amount()
    {
        const string text = "ref,card_number,total\nB-12,4222222222222, 18,05";
        Detector.SingleAt(text, "4222222222222");
    }

    [Theory]
    [InlineData("Paid,€ 1840,25", 1)]
    [InlineData("a, 99,90,x", 1)]
    [InlineData("5,10,7", 0)]
    [InlineData("x, 12,345", 0)]
    public void Only_a_comma_between_an_amount_and_its_two_decimals_is_decimal(string line, int expected)
    {
        Assert.Equal(expected, DecimalCommas.Count(line));
    }
}
