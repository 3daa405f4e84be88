namespace Aligners.Inference.Tests.Privacy;

/// <summary>Numbers a signature, a contact list or a text message's sender line names without a phone word.</summary>
[Trait("Category", "Unit")]
public class PhoneDetectorSignatureTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Merci d'avance.\nBien à vous, Léa Marchand – 0478213344", "0478213344")]
    [InlineData("Groeten,\nJan van der Berg - 0612457890", "0612457890")]
    [InlineData("Salutations, Marie-Anne Dubois — 0612457890\n", "0612457890")]
    public void A_number_after_a_name_and_a_dash_ending_a_signature_line_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Rechnung Nord – 0478213344")] // an invoice's number, not a person's
    [InlineData("Lot 4471 – 0478213344 units shipped")] // not the line's end
    [InlineData("Bien à vous – 0478213344")] // a closing, not a name
    public void A_number_after_a_dash_without_a_name_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Bien cordialement,\nPaul Girard\nLigne directe : 0478213344", "0478213344")]
    [InlineData("Mit freundlichen Grüßen\nDurchwahl: 0612457890", "0612457890")]
    public void A_direct_lines_label_names_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("From: 28 91 43 06\n\"Your parcel is at the locker. Code 4471.\"", "28 91 43 06")]
    [InlineData("Fra: 912 34 567\nHusk timen i morgen kl. 10.", "912 34 567")]
    public void A_text_messages_sender_line_holding_only_a_number_names_a_phone_number(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_sender_line_with_more_than_a_number_is_not_read_so()
    {
        Assert.Empty(Detector.Detect("From: 28 91 43 06 items in stock"));
    }

    [Theory]
    [InlineData("Contacts:\n- Jonas Peeters (BE): 03 412 55 17\n- Ana Ruiz (ES): 612 345 678", "03 412 55 17")]
    [InlineData("Bereitschaft (CH): 044 668 18 00", "044 668 18 00")]
    public void A_list_item_naming_its_country_reads_its_number_in_that_countrys_format(string text, string expected)
    {
        Assert.Contains(Detector.Detect(text), e => text.Substring(e.Start, e.Length) == expected);
    }
}
