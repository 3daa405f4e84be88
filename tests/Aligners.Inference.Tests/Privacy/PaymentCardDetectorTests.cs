namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PaymentCardDetectorTests
{
    private static readonly PaymentCardDetector Detector = new();

    [Theory]
    [InlineData("Visa 4111111111111111 exp 12/28", "4111111111111111")]
    [InlineData("card: 4111 1111 1111 1111.", "4111 1111 1111 1111")]
    [InlineData("MC 5555-5555-5555-4444 charged", "5555-5555-5555-4444")]
    [InlineData("Amex 3782 822463 10005 on file", "3782 822463 10005")]
    [InlineData("Diners 3056 930902 5904", "3056 930902 5904")]
    [InlineData("pan=6011111111111117&exp=1228", "6011111111111117")]
    [InlineData("4242424242424242 12/28 123", "4242424242424242")]
    [InlineData("Mastercard 2-series 2223003122003222", "2223003122003222")]
    public void A_luhn_valid_number_of_a_known_scheme_is_found(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);

        Assert.Equal(PrivacyTypes.Card, entity.Type);
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1112")] // fails Luhn
    [InlineData("card 1234 5678 9012 3452")] // Luhn-valid, no scheme starts with 1
    [InlineData("card 41111111111111111111")] // too long
    [InlineData("Visa 4111 11111 1111 111")] // not a card's grouping
    [InlineData("order 4111111111111111 shipped")] // an order number that passes Luhn
    [InlineData("IMEI 490154203237518")]
    [InlineData("ref ABC4111111111111111")]
    [InlineData("amount 4111111111111111.50")]
    [InlineData("USPS tracking: 9400 3936 5553 6426 9478 11")] // a Luhn-valid run inside a longer grouped number
    public void Look_alikes_are_not_cards(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Two_cards_side_by_side_are_both_found()
    {
        Assert.Equal(2, Detector.Detect("cards 4111111111111111 5555555555554444").Count());
    }

    [Fact]
    public void An_order_word_does_not_hide_a_number_named_as_a_card()
    {
        Assert.Single(Detector.Detect("order paid by card 4111111111111111"));
    }

    [Fact]
    public void Unseparated_numbers_in_csv_rows_under_a_card_heading_are_found()
    {
        var text = "card_number,exp_month,exp_year,zip\n4111111111111111,04,2027,94107\n378282246310005,11,2026,10013";

        var found = Detector.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();

        Assert.Equal(["4111111111111111", "378282246310005"], found);
    }

    [Theory]
    [InlineData("pan,valid_thru,state\n4111 1111 1111 1111,04/27,open\n5555555555554444,11/26,closed", "4111 1111 1111 1111")]
    [InlineData("pan,valid_thru,state\n5555555555554444,11/26,closed\n4111-1111-1111-1111,04/27,open", "4111-1111-1111-1111")]
    [InlineData("pan;valid_thru;state\n3782 822463 10005;04/27;open", "3782 822463 10005")]
    [InlineData("ref,pan,valid_thru\nA-17,4111 1111 1111 1111,04/27", "4111 1111 1111 1111")]
    public void A_card_with_spaces_or_dashes_in_a_csv_row_fills_its_field_as_an_unseparated_one_does(string text, string expected)
    {
        Assert.Contains(expected, Detector.Detect(text).Select(e => text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Grouped_digits_running_into_a_decimal_comma_outside_a_csv_row_are_no_card()
    {
        Assert.Empty(Detector.Detect("Total 4111 1111 1111 1111,50 EUR"));
    }

    [Fact]
    public void A_card_in_a_later_csv_column_is_found_and_a_column_named_for_orders_is_not()
    {
        var cards = "id;pan;status\n17;5555555555554444;captured";
        var orders = "order_id,total\n4111111111111111,12.50";

        Assert.Equal("5555555555554444", Assert.Single(Detector.Detect(cards)) is var c ? cards.Substring(c.Start, c.Length) : null);
        Assert.Empty(Detector.Detect(orders));
    }

    [Theory]
    [InlineData("the full number in the ticket was 4111-1111-1111-1111, which the scanner flagged")]
    [InlineData("the order went through, but 4111 1111 1111 1111 was charged twice")]
    public void An_other_number_word_that_does_not_label_the_number_does_not_hide_a_card(string text)
    {
        Assert.Single(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Ticket #4111-1111-1111-1111 closed")]
    [InlineData("Order no. 4111111111111111 shipped")]
    [InlineData("IMEI: 4111111111111111")]
    public void A_number_an_other_number_word_labels_is_that_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_card_shaped_number_in_an_sql_inserts_tracking_column_is_no_card()
    {
        Assert.Empty(Detector.Detect("INSERT INTO parcels (id, tracking) VALUES (4, '4111111111111111');"));
    }
}
