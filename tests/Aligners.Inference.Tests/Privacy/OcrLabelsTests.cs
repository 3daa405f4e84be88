namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class OcrLabelsTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Te1ephone ", "Telephone ")]
    [InlineData("Ph0ne: ", "Phone: ")]
    [InlineData("Te1. ", "Tel. ")]
    [InlineData("Room 101, floor 0 ", "Room 101, floor 0 ")]
    public void A_digit_standing_for_a_letter_in_a_word_is_read_back_and_numbers_are_left(string window, string clean)
    {
        Assert.Equal(clean, OcrLabels.Clean(window));
    }

    [Theory]
    [InlineData("3. Te1ephone ..... 0612345678")]
    [InlineData("Ph0ne: 0612345678")]
    [InlineData("Te1. 0612345678")]
    public void A_bare_number_after_a_garbled_phone_label_is_a_phone_number(string text)
    {
        var found = Assert.Single(EightRegions.Detect(text));
        Assert.Equal("0612345678", text.Substring(found.Start, found.Length));
    }

    [Fact]
    public void A_bare_number_without_any_phone_label_stays_unread()
    {
        Assert.Empty(EightRegions.Detect("3. Fi1e no ..... 0612345678"));
    }
}
