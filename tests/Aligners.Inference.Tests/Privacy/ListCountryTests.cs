namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ListCountryTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("Here are the IDs from the form:\n1. Sweden: 19880314-3232\n2. Spain: see attachment", "19880314-3232")]
    [InlineData("Identifiers on file:\n- Swedish (with century): 20011102-8866", "20011102-8866")]
    [InlineData("The ID numbers, checked:\n1) Netherlands: 628194821", "628194821")]
    public void A_list_items_country_label_under_an_introduction_naming_ids_names_the_identifier(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Order references:\n1. Sweden: 19880314-3232")] // the introduction names no identifier
    [InlineData("Here are the IDs from the form:\n1. Ticket 19880314-3232")] // the item names no country
    [InlineData("Here are the IDs from the form:\n1. Norway: 628194821")] // another country's identifier
    public void Without_both_the_introduction_and_the_country_the_value_is_not_named(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
