namespace Aligners.Inference.Privacy;

/// <summary>
/// The card numbers the payment networks and processors print in their documentation for testing an integration
/// (<c>4111 1111 1111 1111</c>, <c>4242 4242 4242 4242</c>, <c>4000 0000 0000 0002</c>, ...). Where the text around one
/// says it is testing ("test", "sandbox", "test mode", "dummy", "sample", "fake", "staging", "QA", "Testkarte",
/// "tarjeta de prueba", "carte de test", "testkaart", "carta di prova", ...: on its line, in the line introducing its list
/// or in the heading above it) it is an example, no one's card, as a provider's documented API keys are examples
/// (<see cref="DocumentedKeys"/>). Elsewhere the same number stays a card: a customer who types <c>4111 1111 1111 1111</c>
/// into a message is read as giving a card, since nothing says it is a test, and so is one a possessive names as
/// someone's ("I used your card ...") in a tester's sentence.
/// </summary>
internal static class TestCards
{
    // How many lines up a heading is looked for.
    private const int HeadingLines = 40;

    // Listed exactly, digits only. Sources: Stripe's "Testing" page (docs.stripe.com/testing), Adyen's "Test card numbers"
    // (docs.adyen.com/development-resources/testing/test-card-numbers), Braintree's "Testing and going live"
    // (developer.paypal.com/braintree/docs/reference/general/testing), PayPal's sandbox card generator's classic numbers,
    // Checkout.com's "Test cards" (checkout.com/docs/developer-resources/testing/test-cards) and Worldpay's test numbers.
    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        // Stripe: successful payments by brand, then the numbers that simulate declines and checks.
        "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210", "5105105105105100",
        "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "6011981111111113", "3056930009020004",
        "36227206271667", "3566002020360505", "6200000000000005", "6205500000000000004", "4000000000000002", "4000000000009995",
        "4000000000009987", "4000000000009979", "4000000000000069", "4000000000000127", "4000000000000119", "4000000000000101",
        "4000002500003155", "4000002760003184", "4000000000003220", "4000000000003063", "4000000000000077", "4000000000000341",
        "4100000000000019", "4000000000000028", "4000000000000036", "4000000000000044", "4000000000005126", "4000000000000259",
        // Braintree and PayPal.
        "4111111111111111", "4012888888881881", "4222222222222", "378734493671000", "3530111333300000", "30569309025904",
        "38520000023237", "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777", "4217651111111119",
        "4500600000000061", "5431111111111111", "2223000048400011", "6011000991300009", "4000111111111115", "5105105105105100",
        // Adyen.
        "4111111145551142", "4988438843884305", "5555444433331111", "5454545454545454", "2222400070000005", "370000000000002",
        "370000000100018", "6011601160116611", "36006666333344", "4400000000000008", "4917610000000000", "6703444444444449",
        "5101180000000007", "4166676667666746", "5577000055770004",
        // Checkout.com and Worldpay.
        "4543474002249996", "5436031030606378", "345678901234564", "4484070000035519", "5199992312641465", "4444333322221111",
        "4917300800000000", "6759649826438453",
    };

    private static readonly ContextWords TestWords = new(
        "test", "testing", "sandbox", "test mode", "testmode", "dummy", "sample", "fake", "staging", "qa", "test card", "test number",
        // German, Spanish, French, Dutch and Italian.
        "testkarte", "testkreditkarte", "testnummer", "testmodus", "testumgebung", "testdaten", "beispielkarte",
        "prueba", "pruebas", "tarjeta de prueba", "modo de prueba", "entorno de pruebas",
        "carte de test", "numéro de test", "mode test", "mode de test", "bac à sable", "factice",
        "testkaart", "testkaarten", "testomgeving", "testmodus",
        "carta di prova", "di prova", "carta di test", "ambiente di test");

    /// <summary>Whether <paramref name="number"/> (as written, separators and all) is one of the documented test numbers.</summary>
    public static bool IsDocumented(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[19];
        var count = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }
                digits[count++] = c;
            }
        }
        return Numbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(digits[..count]);
    }

    // A possessive before the number says whose card it is, test or not ("To test the flow, I used your card ...").
    private static readonly ContextWords Possessives = new(
        "my", "your", "his", "her", "their", "our", "customer's", "client's", "mein", "meine", "meiner", "ihre", "ihrer", "deine",
        "ma", "mon", "ta", "ton", "votre", "sa", "mi", "tu", "su", "mijn", "uw", "jouw", "zijn", "haar", "mia", "mio", "tua", "sua");

    /// <summary>
    /// The card number at <paramref name="start"/>..<paramref name="end"/> is a documented test number that its text calls a test's:
    /// a test word on its line (the sentence it stands in, and any other on the line), in the line introducing its list, or in
    /// the nearest heading above it; and no possessive right before it names the card as someone's. A sentence is read on the
    /// number's own line only: code's lines are no sentences, and a test function's name (<c>def test_checkout():</c>) over a
    /// customer's record in a fixture says nothing of the number's owner.
    /// </summary>
    public static bool IsExample(string text, int start, int end, TextLayout layout) =>
        IsDocumented(text.AsSpan(start, end - start))
        && (TestWords.Contains(layout.LineAt(start)) || TestWords.Contains(layout.ListIntroduction(start)) || TestWords.Contains(HeadingAbove(text, start)))
        && !Possessives.Near(text, start, end, before: 24, after: 0);

    /// <summary>The nearest Markdown heading (a line opening with '#') above <paramref name="position"/>, within a few dozen lines; else empty.</summary>
    private static ReadOnlySpan<char> HeadingAbove(string text, int position)
    {
        var lineEnd = LineBounds.PreviousBreak(text, position);
        for (var lines = 0; lineEnd > 0 && lines < HeadingLines; lines++)
        {
            var lineStart = LineBounds.Start(text, lineEnd);
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart();
            if (line.StartsWith('#'))
            {
                return line;
            }
            lineEnd = lineStart - 1;
        }
        return [];
    }
}
