namespace Aligners.Inference.Privacy;

/// <summary>
/// Card numbers written in groups split by full stops, as some Dutch, Belgian and German forms and some exports print
/// them: 4.4.4.4 (and 4.4.4.4.3 for 19 digits, 4.4.4.1 for 13), and the American Express 4.6.5 (4.6.4 for Diners). A
/// dotted run of digits is far more often a version, an address or an OID, so the run is read only in those shapes,
/// whose first group of four digits no IP address or usual version has, only where it stands alone (no further
/// dotted part), and the caller counts it only beside a card word or under a card column's heading.
/// </summary>
internal static class DottedCards
{
    private const int MaxDigits = 19;

    /// <summary>
    /// The end of the dotted card number starting at <paramref name="start"/>, or 0 where the run there is not one:
    /// a card's grouping, 13 to 19 digits, Luhn-valid and with an issuer's prefix at that length.
    /// </summary>
    public static int End(string text, int start)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        Span<int> lengths = stackalloc int[5];
        var count = 0;
        var groups = 0;
        var i = start;
        while (true)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && count < MaxDigits)
            {
                digits[count++] = text[i++];
            }
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                return 0; // longer than any card
            }
            lengths[groups++] = i - groupStart;
            var more = i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]);
            if (!more)
            {
                break;
            }
            if (groups == lengths.Length)
            {
                return 0; // a sixth part: a longer dotted number, of which the card would only be a part
            }
            i++;
        }
        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            return 0;
        }
        return Shaped(lengths[..groups]) && count >= 13 && Checksums.Luhn(digits[..count]) && PaymentCardDetector.IssuerIssues(digits[..count])
            ? i
            : 0;
    }

    /// <summary>The groupings cards are printed in: 4.4.4.4 with a short last group or a fifth of up to three, or 4.6.5 / 4.6.4.</summary>
    private static bool Shaped(ReadOnlySpan<int> lengths)
    {
        if (lengths.Length < 3 || lengths[0] != 4)
        {
            return false;
        }
        if (lengths.Length == 3)
        {
            return lengths[1] == 6 && lengths[2] is 4 or 5;
        }
        return lengths[1] == 4 && lengths[2] == 4
            && (lengths.Length == 4 ? lengths[3] is >= 1 and <= 4 : lengths[3] == 4 && lengths[4] is >= 1 and <= 3);
    }
}
