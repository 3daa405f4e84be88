namespace Aligners.Inference.Privacy;

/// <summary>
/// API keys that a provider prints in its own documentation for every reader to copy: Stripe's test keys
/// (<c>sk_test_4eC39HqLyjWDarjtT1zdp7dc</c> and its publishable pair, and the pair its older guides used).
/// They unlock nothing of anyone's, so, as AWS's documented keys (which carry the word EXAMPLE) already are,
/// they are examples rather than credentials. Listed exactly: a key that differs in one character is someone's.
/// The card numbers processors document for tests are their counterpart among cards (<see cref="TestCards"/>), examples
/// only where the text says it is testing, since a customer may type one as their own.
/// </summary>
internal static class DocumentedKeys
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "pk_test_TYooMQauvdEDq54NiTphI7jx",
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
        "pk_test_6pRNASCoBOKtIshFeQd4XMUh",
    };

    /// <summary>Whether <paramref name="value"/> is a key a provider documents as its example.</summary>
    public static bool IsDocumented(ReadOnlySpan<char> value) =>
        value.Length is >= 20 and <= 40 && Keys.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value);
}
