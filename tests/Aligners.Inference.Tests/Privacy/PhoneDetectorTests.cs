using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

public class PhoneDetectorTests
{
    private static readonly PhoneDetector Detector = new();

    [Theory]
    [InlineData("Call me at (202) 555-0143 tomorrow.", "(202) 555-0143")]
    [InlineData("Office: 212-555-0199", "212-555-0199")]
    [InlineData("London office +44 20 7946 0958, ask for Joe.", "+44 20 7946 0958")]
    [InlineData("Sydney: +61 2 5550 1234", "+61 2 5550 1234")]
    [InlineData("phone 2125550123", "2125550123")]
    public void A_valid_number_is_found_with_its_exact_span(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
        Assert.Equal(PrivacyTypes.Phone, entity.Type);
    }

    [Theory]
    [InlineData("ISBN 978-0-306-40615-7")]
    [InlineData("Timestamp 2024-05-17 10:22:31")]
    [InlineData("request 2125550123 completed")]
    [InlineData("order number 212-555-0123 shipped")]
    [InlineData("UK mobile drama range 07700 900123")]
    [InlineData("version 10.0.19045.3693")]
    [InlineData("OID 1.3.6.1.4.1.5866.7")]
    [InlineData("row 819360-7713 of the archive")]
    [InlineData("--text: #212121;")] // a colour, after a phone word
    [InlineData("phone-shaped SSN 078-05-1120")]
    [InlineData("Replacement part P/N 202-555-0143 is back in stock")]
    public void Dates_identifiers_and_invalid_numbers_are_not_phone_numbers(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Next_to_a_phone_word_an_oddly_grouped_number_still_counts()
    {
        Assert.Single(Detector.Detect("call me on 21255 50199"));
        Assert.Empty(Detector.Detect("see 21255 50199"));
    }

    [Fact]
    public void A_national_number_is_read_in_the_default_region()
    {
        var text = "Tel 020 7946 0018";

        Assert.Empty(new PhoneDetector("US").Detect(text));
        Assert.Single(new PhoneDetector("GB").Detect(text));
    }

    [Theory]
    [InlineData("Ansprechpartnerin: Frau Berger, 040 66969 555.", "040 66969 555")]
    [InlineData("Pour toute question, appelez le 01 42 68 53 00.", "01 42 68 53 00")]
    [InlineData("Questions → jo@example.org or 020 7946 0321.", "020 7946 0321")]
    public void A_national_number_of_any_listed_region_is_found(string text, string expected)
    {
        var detector = new PhoneDetector("US", "GB", "DE", "FR");

        var entity = Assert.Single(detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void Regions_are_tried_in_order_and_an_international_number_is_found_once()
    {
        var detector = new PhoneDetector("GB", "DE", "FR");

        Assert.Single(detector.Detect("Call +49 30 901820 today"));
        Assert.Equal(["GB", "DE", "FR"], detector.Regions);
        Assert.Throws<ArgumentException>(() => new PhoneDetector("XX"));
    }

    [Theory]
    [InlineData("your work number is +44 7700 900456", "+44 7700 900456")] // Ofcom's drama range, with its country code
    [InlineData("Contact : +33 6 39 98 12 34.", "+33 6 39 98 12 34")] // ARCEP's fiction range
    [InlineData("Telefon: 07700 900782", "07700 900782")] // with a phone word, in national format
    public void A_number_of_a_range_reserved_for_fiction_counts_with_its_country_code_or_a_phone_word(string text, string expected)
    {
        var entity = Assert.Single(new PhoneDetector("US", "GB", "FR").Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Fact]
    public void A_number_of_a_range_reserved_for_fiction_alone_is_not_found()
    {
        Assert.Empty(new PhoneDetector("GB").Detect("build 07700 900782 passed"));
    }
}
