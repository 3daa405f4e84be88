namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class GenericIdLabelsTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("ID number: 12345678Z", "12345678Z")]
    [InlineData("3. ID no. ........ 12345678Z", "12345678Z")]
    [InlineData("Identification number ..... 536-22-8845", "536-22-8845")]
    [InlineData("Ausweisnummer: X1234567L", "X1234567L")]
    [InlineData("Numéro d'identité : 12345678Z", "12345678Z")]
    [InlineData("Número de identificación ...... 536-22-8845", "536-22-8845")]
    public void A_value_after_a_generic_id_label_counts_where_its_format_check_passes(string text, string value)
    {
        var found = Assert.Single(Detector.Detect(text));
        Assert.Equal(value, text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("ID number ....... 12345678A")]
    [InlineData("ID number: 000-22-8845")]
    [InlineData("ID number: 536228845")]
    public void A_value_failing_every_format_check_or_an_ssn_without_its_groups_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_label_further_back_than_the_value_on_its_line_names_nothing()
    {
        Assert.Empty(Detector.Detect("ID number pending; order 12345678Z shipped"));
    }
}
