namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NationalIdDetectorNordicBelgianTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("Hei! Fødselsnummeret til sønnen min er 140385 10070, takk.", "140385 10070")]
    [InlineData("fodselsnummeret: 220791 10098", "220791 10098")]
    public void A_norwegian_birth_number_in_groups_of_six_and_five_after_its_definite_name_is_a_national_id(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void Six_and_five_digits_failing_the_birth_numbers_checks_are_no_national_id()
    {
        Assert.Empty(Detector.Detect("Fødselsnummeret er 140385 10071"));
    }

    [Theory]
    [InlineData("Bulletin de salaire\nN° INSS : 83.04.12-157.90\nEmployeur : SPRL Dubois", "83.04.12-157.90")]
    [InlineData("Travailleur – n° NISS 69.11.28-044.60", "69.11.28-044.60")]
    [InlineData("INSS: 69.11.28-044.60", "69.11.28-044.60")]
    public void A_belgian_national_number_after_inss_or_niss_is_a_national_id(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_belgian_shaped_number_failing_its_check_after_inss_is_no_national_id()
    {
        Assert.Empty(Detector.Detect("N° INSS : 83.04.12-157.91"));
    }
}
