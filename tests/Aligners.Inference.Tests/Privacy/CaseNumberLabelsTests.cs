using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class CaseNumberLabelsTests
{
    private static readonly PhoneDetector Detector = new("US", "CA", "GB", "DE", "FR", "ES", "NL", "AU");

    [Theory]
    [InlineData("Hemos abierto el número de caso 7314408265 para su reclamación.")]
    [InlineData("Referencia: nº de caso 6123987450, conserve este correo.")]
    [InlineData("Ihre Fallnummer 6150283947 bitte bei Rückfragen angeben.")]
    [InlineData("Bearbeitung: Fall-Nr. 0421 556 7093, Frist zwei Wochen.")]
    [InlineData("Votre numéro de dossier 0145678923 a bien été enregistré.")]
    [InlineData("Uw zaaknummer 0612345678 staat in de bevestiging.")]
    [InlineData("Il numero di pratica 3471234567 è stato assegnato.")]
    public void A_number_a_case_label_names_is_no_phone_number(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_phone_word_nearer_than_the_case_label_still_names_a_phone_number()
    {
        const string text = "Para dudas sobre su número de caso, llame al 912 345 678 de lunes a viernes.";
        Detector.SingleAt(text, "912 345 678");
    }
}
