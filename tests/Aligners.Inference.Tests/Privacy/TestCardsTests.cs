using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class TestCardsTests
{
    private static readonly PaymentCardDetector Detector = new();

    [Fact]
    public void A_documented_test_number_beside_sandbox_in_its_sentence_is_an_example()
    {
        Assert.Empty(Detector.Detect("In the sandbox, pay with 5555 5555 5555 4444 and any three-digit CVC."));
    }

    [Fact]
    public void A_documented_decline_number_later_on_the_line_of_a_test_word_is_an_example()
    {
        Assert.Empty(Detector.Detect("Test mode only. A card that is always declined: 4000000000000002."));
    }

    [Fact]
    public void A_documented_number_under_a_heading_naming_tests_is_an_example()
    {
        const string text = "## QA checklist\n\nCheckout flow\n\n1. Enter 4012 8888 8888 1881\n2. Submit the order";
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_documented_number_in_a_list_introduced_as_test_cards_is_an_example()
    {
        const string text = "Tarjetas de prueba para el entorno de integración:\n- 3782 822463 10005\n- 6011 1111 1111 1117";
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Testkarte für die Abnahme: 5105 1051 0510 5100")]
    [InlineData("Utilisez la carte de test 4242-4242-4242-4242 pour valider le paiement.")]
    [InlineData("Gebruik testkaart 4111 1111 1111 1111 in de testomgeving.")]
    [InlineData("Usa la carta di prova 5555 5555 5555 4444 per il pagamento.")]
    [InlineData("# dummy PAN for the unit tests\nPAN = \"4242424242424242\"")]
    public void Test_words_of_the_deployments_languages_make_a_documented_number_an_example(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_documented_number_a_customer_gives_without_a_test_word_is_still_a_card()
    {
        const string text = "Hi, my Visa 4111 1111 1111 1111 was charged twice for the same order.";
        Detector.SingleAt(text, "4111 1111 1111 1111");
    }

    [Fact]
    public void A_number_that_is_not_documented_is_a_card_even_in_a_test_sentence()
    {
        const string text = "In the sandbox I accidentally typed my real card 4539 1488 0343 6467.";
        Detector.SingleAt(text, "4539 1488 0343 6467");
    }

    [Fact]
    public void A_test_word_in_another_paragraph_does_not_reach_the_number()
    {
        const string text = "We ran the test suite yesterday.\n\nPlease refund the card 5555 5555 5555 4444 today.";
        Detector.SingleAt(text, "5555 5555 5555 4444");
    }

    [Fact]
    public void A_documented_number_a_possessive_names_as_someones_stays_a_card_in_a_testers_sentence()
    {
        const string text = "While testing the refund screen I charged her card 5105 1051 0510 5100 by mistake.";
        Detector.SingleAt(text, "5105 1051 0510 5100");
    }

    [Fact]
    public void A_test_functions_name_above_a_fixtures_line_does_not_make_its_number_an_example()
    {
        const string text = "def test_refund():\n    order = Order(owner=\"Ana Ruiz\", card=\"4012888888881881\")\n    assert refund(order)";
        Detector.SingleAt(text, "4012888888881881");
    }

    [Fact]
    public void The_list_holds_the_processors_numbers_by_their_digits()
    {
        Assert.True(TestCards.IsDocumented("4000 0000 0000 0002"));
        Assert.True(TestCards.IsDocumented("3782-822463-10005"));
        Assert.False(TestCards.IsDocumented("4539 1488 0343 6467"));
    }
}
