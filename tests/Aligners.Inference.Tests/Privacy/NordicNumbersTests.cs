using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NordicNumbersTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Hej Lisa!\nJag är hemma i kväll, ring mig på 08-545 127 30 och fråga efter Nils.", "08-545 127 30")]
    [InlineData("Tack för igår. Du kan nå mig på 073 812 44 90 om något inte stämmer.\nVänliga hälsningar, Eva", "073 812 44 90")]
    public void A_number_with_swedens_trunk_prefix_in_a_swedish_text_is_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Navn: Kari Dahl\nPårørende: 412 87 305\nTakk og mvh", "412 87 305")]
    [InlineData("Hei, jeg er borte i dag.\nRing meg på 928 41 760", "928 41 760")]
    [InlineData("Hei og takk!\nTlf: 22 47 81 90", "22 47 81 90")]
    public void An_eight_digit_number_after_a_norwegian_label_in_a_norwegian_text_is_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_norwegian_label_in_a_text_without_norwegian_words_reads_no_norwegian_number()
    {
        Assert.Empty(NordicNumbers.Norwegian("Report for the audit\nTelefon 41287305 was the code"));
    }

    [Theory]
    [InlineData("Jag är hemma och ringer dig", true)]
    [InlineData("Hej og tak for i går", false)] // Danish
    [InlineData("Hei, jeg er hjemme og ringer deg", false)] // Norwegian
    public void A_text_is_swedish_with_two_words_only_swedish_writes(string text, bool swedish)
    {
        Assert.Equal(swedish, NordicNumbers.IsSwedish(text));
    }

    [Fact]
    public void A_number_in_a_text_that_is_not_swedish_is_not_read_in_swedens_plan()
    {
        Assert.Empty(Detector.Detect("Batch 08-545 127 30 shipped on time."));
    }
}
