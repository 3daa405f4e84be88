namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class QuantitiesTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("The backup came to 612 845 903 bytes after compression.")]
    [InlineData("Export finished: 21 734 502 rows written.")]
    [InlineData("Taille du fichier : 745 218 634 octets")]
    [InlineData("Taille : 6 124 578 Ko")]
    [InlineData("Die Tabelle hat 17 345 678 Datensätze.")]
    [InlineData("Imported 4 412 903 records, skipped 0.")]
    [InlineData("The archive holds 612 845 903 files.")]
    public void Digits_followed_by_a_unit_of_size_or_count_are_no_phone_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Theory]
    [InlineData("Call me on 0612 845 903 tomorrow.", "0612 845 903")]
    [InlineData("Tel. 030 12345678 Mo-Fr 9-17 Uhr", "030 12345678")] // a weekday, not a unit
    [InlineData("Phone: +44 20 7946 0958 to book", "+44 20 7946 0958")]
    public void A_phone_number_followed_by_other_words_is_still_found(string text, string expected)
    {
        EightRegions.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("833 169 710 bytes", true)]
    [InlineData("833 169 710  Bytes.", true)]
    [InlineData("833 169 710 bytesize", false)] // a longer word
    [InlineData("833 169 710bytes", false)] // no space: not this rule's shape
    [InlineData("833 169 710 Bob", false)]
    public void A_unit_is_a_whole_word_after_a_space(string text, bool unit)
    {
        var end = text.IndexOf("710", StringComparison.Ordinal) + 3;

        Assert.Equal(unit, Quantities.UnitAfter(text, end));
    }
}
