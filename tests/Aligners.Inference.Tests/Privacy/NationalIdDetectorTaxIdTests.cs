namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NationalIdDetectorTaxIdTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("Steuerliche Identifikationsnummer: 20 561 748 335", "20 561 748 335")]
    [InlineData("Ihre IdNr. lautet 93141705862.", "93141705862")]
    [InlineData("Mitarbeiterin Jana K., Steuer-ID 88 310 679 245, Steuerklasse 1", "88 310 679 245")]
    public void A_steuer_id_after_its_name_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_steuer_id_under_its_csv_column_is_found()
    {
        var text = "pers_nr,nachname,steuer_id,eintritt\n1042,Brandt,93141705862,2022-04-01\n1043,Okafor,20561748335,2023-09-15";
        var found = Detector.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();
        Assert.Equal(["93141705862", "20561748335"], found);
    }

    [Fact]
    public void Eleven_digits_passing_the_check_without_the_ids_name_are_not_found()
    {
        Assert.Empty(Detector.Detect("Sendungsnummer 93141705862 wurde zugestellt."));
    }

    [Theory]
    [InlineData("New starter form - TFN: 148 936 439, super fund attached", "148 936 439")]
    [InlineData("please use my tax file number 687731322 for the payroll", "687731322")]
    public void A_tfn_after_its_name_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("Onboarding checklist\nSIN: 405 598 749\nStart date: 2027-01-11", "405 598 749")]
    [InlineData("Numéro d'assurance sociale : 279-584-924", "279-584-924")]
    public void A_sin_labelled_by_its_name_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void Spanish_sin_meaning_without_labels_no_number()
    {
        Assert.Empty(Detector.Detect("Precio final sin descuento, referencia 178800215 del catálogo."));
    }

    [Theory]
    [InlineData("ok so my social is 219-44-7310 and dob is march 3", "219-44-7310")]
    [InlineData("can you check her social 219 44 7310 against the file", "219 44 7310")]
    public void An_ssn_a_chat_calls_someones_social_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void Social_alone_names_no_ssn()
    {
        Assert.Empty(Detector.Detect("Social media budget: 219 44 7310 impressions last quarter"));
    }
}
