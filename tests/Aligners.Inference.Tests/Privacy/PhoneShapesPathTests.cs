namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PhoneShapesPathTests
{
    private static readonly PhoneDetector EightRegions = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("timeout while calling /v2/invoices/61234567 after 30 s")]
    [InlineData("GET https://shop.example/api/items/0612345678?expand=all")]
    [InlineData("see /var/spool/jobs/71234567/ for the output")]
    public void Digits_forming_a_segment_of_a_path_are_no_phone_number(string text)
    {
        Assert.Empty(EightRegions.Detect(text));
    }

    [Theory]
    [InlineData("Telefon 0511/4712345", false)]
    [InlineData("/api/orders/59604399", true)]
    [InlineData("/api/orders/59604399x", false)]
    public void Only_a_segment_opened_by_a_slash_after_an_earlier_slash_counts(string text, bool inPath)
    {
        var at = text.LastIndexOf('/') + 1;
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        Assert.Equal(inPath, PhoneShapes.InPathSegment(text, at, end));
    }
}
