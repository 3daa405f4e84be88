using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ReferenceShapesTests
{
    [Theory]
    [InlineData("40217733/2025", true)]
    [InlineData("118/1999", true)]
    [InlineData("0171/2345678", false)]
    [InlineData("030/1234", false)]
    [InlineData("2025", false)]
    public void A_number_with_a_year_after_its_slash_is_a_files_number(string raw, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.HasYearSuffix(raw));
    }

    [Theory]
    [InlineData("1503.27.61894", true)]
    [InlineData("12345.678", true)]
    [InlineData("04.78.95.49.71", false)]
    [InlineData("030.1234.567", false)]
    [InlineData("+33 4.78.95.49.71", false)]
    public void Dotted_groups_with_one_of_five_digits_are_a_reference(string raw, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.IsDottedReference(raw));
    }

    [Theory]
    [InlineData("DE12 5001 0517 9931 2245 67", "9931", true)]
    [InlineData("call 0612 345 678", "0612", false)]
    [InlineData("room 4, 0612 345 678", "0612", false)]
    public void A_number_that_continues_a_run_of_digit_groups_is_its_tail(string text, string from, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.TailOfLongerNumber(text, text.IndexOf(from, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Ihre Vertragsnummer 512.338.907 bitte angeben", "512.338.907", true)]
    [InlineData("Kundennummer: 44.871.203", "44.871.203", true)]
    [InlineData("Rappel : numéro de contrat 630.118.452", "630.118.452", true)]
    [InlineData("uw polisnummer 271.904.336", "271.904.336", true)]
    [InlineData("número de póliza 918.552.074 vigente", "918.552.074", true)]
    [InlineData("Policy no. 305.662.118", "305.662.118", true)]
    [InlineData("Telefon 030.2212.5566", "030.2212.5566", false)]
    [InlineData("Vertragsnummer 512 338 907", "512 338 907", false)]
    [InlineData("Bestellung eingegangen, Rückruf unter 06.12.44.87.90", "06.12.44.87.90", false)]
    public void Dotted_digits_a_contract_or_customer_word_labels_are_a_reference(string text, string raw, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.IsLabelledDottedReference(text, text.IndexOf(raw, StringComparison.Ordinal), raw));
    }

    [Theory]
    [InlineData("E-ticket: 220-4417730925", "220-4417730925", true)]
    [InlineData("Ticketnummer 157-9920183746", "157-9920183746", true)]
    [InlineData("Votre billet électronique n° 057-3318820154", "057-3318820154", true)]
    [InlineData("Billete electrónico: 075 6612094837", "075 6612094837", true)]
    [InlineData("Support line 220-4417730925", "220-4417730925", false)]
    [InlineData("E-ticket: 220-441773092", "220-441773092", false)]
    public void Thirteen_digits_after_an_airline_prefix_beside_a_ticket_word_are_a_ticket(string text, string raw, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.IsAirlineTicket(text, text.IndexOf(raw, StringComparison.Ordinal), raw));
    }

    private static readonly ContextWords PhoneWords = new("tel", "phone", "fax");

    [Theory]
    [InlineData("\"order\":\"PO-55170342\"", "55170342", true)]
    [InlineData("Invoice INV-2025-61123490 attached", "61123490", true)]
    [InlineData("see REF_30451877", "30451877", true)]
    [InlineData("TEL-0612345678", "0612345678", false)]
    [InlineData("Ring 030 - 61123490", "61123490", false)]
    [InlineData("between 9-18 call 61123490", "61123490", false)]
    public void Digits_joined_to_a_letter_prefix_belong_to_its_id(string text, string digits, bool expected)
    {
        Assert.Equal(expected, ReferenceShapes.AfterLetterPrefix(text, text.IndexOf(digits, StringComparison.Ordinal), PhoneWords));
    }
}
