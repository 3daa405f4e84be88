namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PhoneDetectorChatTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("got a new number 07823456789, old sim is dead x", "07823456789")]
    [InlineData("my number changed, its 07700 123456 now", "07700 123456")]
    public void A_mobile_a_casual_chat_gives_as_the_writers_new_number_is_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("thanks for calling back on 0161 496 0000 earlier, re booking 4155550123 is it confirmed?")]
    [InlineData("Hi, re: order 2125550147 - it never arrived.")]
    public void A_number_after_re_and_a_reference_word_is_that_reference(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => text.Substring(e.Start, e.Length) is "4155550123" or "2125550147");
    }

    [Theory]
    [InlineData("| Invoice | Due | Total |\n|---|---|---|\n| 415-5550123 | 2025-03-01 | $40.00 |")]
    [InlineData("| Ticket | Opened | Owner |\n| --- | --- | --- |\n| 212 555 0147 | today | ops |")]
    public void A_value_under_a_markdown_tables_order_or_invoice_heading_is_no_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_value_under_a_markdown_tables_phone_heading_stays_a_phone_number()
    {
        Detector.SingleAt("| Name | Phone | City |\n|---|---|---|\n| Ana | 415-555-0123 | SF |", "415-555-0123");
    }
}
