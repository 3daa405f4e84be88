namespace Aligners.Inference.Privacy;

/// <summary>
/// Payment card numbers: 13 to 19 digits, written together or in groups split by single spaces or
/// dashes (4-4-4-4, 4-6-5, ...; a 13-digit one also 4-3-3-3 and a 13-digit Visa number 4-4-5, beside a card word; split by full stops only beside a card
/// word or under a card column: <see cref="DottedCards"/>), that pass the Luhn check and start with an issuer prefix of a known
/// scheme at a length that scheme issues. A Luhn-valid number that "order", "invoice", "tracking",
/// "ticket" or "IMEI" labels ("Ticket #...", "IMEI: ...") is taken for what the word says unless a
/// card word is there too; such a word only standing in the sentence ("the number in the ticket
/// was ...") labels nothing. In a CSV row, the column's heading (card_number, pan, cc) is the card word.
/// </summary>
public sealed class PaymentCardDetector : IPrivacyDetector
{
    private const int MaxDigits = 19;

    private static readonly ContextWords CardWords = new(
        "card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "jcb", "diners",
        "maestro", "unionpay", "pan", "cc", "payment", "cardholder", "charged", "billing",
        // The card's own name in the deployment's other languages (a compound, not "Karte" or "carte" alone, which name maps and menus too).
        "kaartnummer", "creditcard", "bankkaart", "betaalkaart", "kartennummer", "kreditkarte", "kreditkartennummer", "girocard",
        "numéro de carte", "carte bancaire", "carte de crédit", "tarjeta", "número de tarjeta");

    private static readonly ContextWords OtherNumberWords = new(
        "order", "invoice", "tracking", "imei", "isbn", "serial", "sku", "ticket", "shipment", "parcel", "consignment");

    /// <inheritdoc />
    public string Name => "luhn-card";

    /// <inheritdoc />
    public IEnumerable<PrivacyEntity> Detect(string text)
    {
        var digits = new char[MaxDigits];
        TextLayout? layout = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_' or '-'))
                || (i > 0 && text[i - 1] == ',' && !(layout ??= TextLayout.Of(text)).InTableRow(i, ',')))
            {
                i++;
                continue;
            }
            if (ContinuesGroups(text, i))
            {
                i++;
                continue;
            }
            // A number that fills a field of a CSV row ends at the field's delimiter, not at a decimal comma.
            var field = FieldDelimiter(text, i);
            var inRow = field != '\0' && (layout ??= TextLayout.Of(text)).InTableRow(i, field);
            var (cardEnd, firstGroupEnd, threes) = LongestCard(text, i, digits, inRow ? field : '\0');
            if (cardEnd == 0 && firstGroupEnd < text.Length && text[firstGroupEnd] == '.' && DottedCards.End(text, i) is var dotted and > 0)
            {
                // Dotted groups are mostly versions and addresses: a card only beside a card word or under a card column.
                layout ??= TextLayout.Of(text);
                if (CardWords.Near(text, i, dotted) || CardWords.Contains(layout.ColumnHeading(i)))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Card, i, dotted - i, Name, 0.95);
                    i = dotted;
                    continue;
                }
            }
            if (cardEnd > 0)
            {
                // A CSV or Markdown row's heading, or the column an SQL INSERT's value fills.
                layout ??= TextLayout.Of(text);
                var heading = inRow || layout.InTableRow(i, '|') ? layout.ColumnHeading(i) : layout.SqlColumn(i);
                var cardWord = CardWords.Near(text, i, cardEnd) || CardWords.Contains(heading);
                // A processor's documented test number that its text calls a test's is an example (TestCards).
                if (TestCards.IsExample(text, i, cardEnd, layout))
                {
                    i = cardEnd;
                    continue;
                }
                // 4-3-3-3 is how a 13-digit card is read out and retyped, but few printed numbers fall so: only beside a card word.
                if ((cardWord || !(OtherNumberWords.Labels(text, i) || OtherNumberWords.Contains(heading))) && (cardWord || !threes))
                {
                    yield return new PrivacyEntity(PrivacyTypes.Card, i, cardEnd - i, Name, cardWord ? 0.98 : 0.95);
                }
            }
            i = Math.Max(cardEnd, firstGroupEnd);
        }
    }

    /// <summary>
    /// Reads digit groups from <paramref name="start"/> (split by one space or one dash, the same
    /// throughout, in the groupings cards are printed in) and returns the end
    /// of the longest prefix of whole groups that is a valid card number, or 0, and where the first
    /// group ends. At most <see cref="MaxDigits"/> digits are read past the first group, so each
    /// call costs a bounded amount beyond the first group's length.
    /// </summary>
    private static (int CardEnd, int FirstGroupEnd, bool Threes) LongestCard(string text, int start, char[] digits, char fieldDelimiter)
    {
        var count = 0;
        var i = start;
        var separator = '\0';
        var groups = 0;
        var firstGroupEnd = start;
        var secondGroup = 0;
        var allFours = true;
        var allThrees = true;
        var fourFive = false;
        var cardEnd = 0;
        while (true)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (count < MaxDigits)
                {
                    digits[count] = text[i];
                }
                count++;
                i++;
            }
            var groupLength = i - groupStart;
            groups++;
            bool shaped, goesOn;
            if (groups == 1)
            {
                firstGroupEnd = i;
                shaped = true;
                goesOn = groupLength == 4;
            }
            else
            {
                // 4-4-4-4 (the last group may be short: 4-4-4-1 for 13 digits, 4-4-4-4-3 for 19), 4-6-5 and 4-6-4, or 4-3-3-3 for 13 digits.
                allThrees &= groupLength == 3 && groups <= 4;
                // 4-4-5: a 13-digit Visa number printed in the 16-digit grouping, its last group taking the rest.
                fourFive = groups == 3 && allFours && groupLength == 5 && count == 13 && digits[0] == '4';
                shaped = fourFive || (allFours && groupLength is >= 1 and <= 4) || (groups == 2 && groupLength == 6) || (groups == 3 && secondGroup == 6 && groupLength is 4 or 5)
                    || allThrees;
                goesOn = (allFours && groupLength == 4) || (groups == 2 && groupLength == 6) || (allThrees && groups < 4);
                if (groups == 2)
                {
                    secondGroup = groupLength;
                }
                allFours &= groupLength == 4;
            }
            if (!shaped)
            {
                break;
            }
            var endsClean = i >= text.Length || text[i] == fieldDelimiter || !(char.IsLetter(text[i]) || text[i] == '_'
                || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])));
            if (count is >= 13 and <= MaxDigits && endsClean && Checksums.Luhn(digits.AsSpan(0, count)) && IssuerIssues(digits.AsSpan(0, count)))
            {
                cardEnd = i;
            }
            if (!goesOn || count >= MaxDigits || i + 1 >= text.Length || text[i] is not (' ' or '-') || !char.IsAsciiDigit(text[i + 1])
                || (separator != '\0' && text[i] != separator))
            {
                break;
            }
            separator = text[i];
            i++;
        }
        // Both short groupings are rare in print: such a card counts only beside a card word.
        var threes = (allThrees && groups > 1) || (fourFive && cardEnd == i);
        // A further group after 4-3-3-3 makes the whole a longer number, of which the card would only be a part.
        if (threes && cardEnd > 0 && cardEnd + 1 < text.Length && text[cardEnd] == separator && char.IsAsciiDigit(text[cardEnd + 1]))
        {
            cardEnd = 0;
        }
        return (cardEnd, firstGroupEnd, threes);
    }

    /// <summary>
    /// The digits at <paramref name="start"/> are a later group of a longer grouped number ("9400 3936 5553 6426 9478 11",
    /// a tracking number): a short group stands right before, joined by the separator that also follows the first group.
    /// </summary>
    private static bool ContinuesGroups(string text, int start)
    {
        if (start < 2 || text[start - 1] is not (' ' or '-') || !char.IsAsciiDigit(text[start - 2]))
        {
            return false;
        }
        var k = start - 2;
        while (k >= 0 && start - 2 - k < 7 && char.IsAsciiDigit(text[k]))
        {
            k--;
        }
        var previousGroup = start - 2 - k;
        var end = start;
        while (end < text.Length && end - start <= MaxDigits && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return previousGroup <= 6 && end < text.Length && text[end] == text[start - 1];
    }

    /// <summary>
    /// The delimiter that ends the field starting at <paramref name="start"/> (a CSV's ',', ';' or tab) where the field begins its
    /// line or follows one; else '\0'. The field is the number as written, its groups' single spaces or dashes included
    /// (<c>4111 1111 1111 1111,08/28</c>): a separated card fills its field as an unseparated one does.
    /// </summary>
    private static char FieldDelimiter(string text, int start)
    {
        if (start > 0 && text[start - 1] is not ('\n' or ',' or ';' or '\t'))
        {
            return '\0';
        }
        // At most MaxDigits digits and a separator between each two: a card's field is never longer.
        var i = start;
        while (i < text.Length && i - start < 2 * MaxDigits
            && (char.IsAsciiDigit(text[i]) || (text[i] is ' ' or '-' && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }
        return i < text.Length && text[i] is ',' or ';' or '\t' ? text[i] : '\0';
    }

    /// <summary>The number starts with a prefix a card scheme issues at this length.</summary>
    internal static bool IssuerIssues(ReadOnlySpan<char> pan)
    {
        var n = pan.Length;
        var p2 = int.Parse(pan[..2]);
        var p3 = int.Parse(pan[..3]);
        var p4 = int.Parse(pan[..4]);
        var p6 = int.Parse(pan[..6]);
        return pan[0] == '4' ? n is 13 or 16 or 19                                        // Visa
            : p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720 ? n == 16                 // Mastercard
            : p2 is 34 or 37 ? n == 15                                                      // American Express
            : p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p6 is >= 622126 and <= 622925 ? n is >= 16 and <= 19 // Discover
            : p4 is >= 3528 and <= 3589 ? n is >= 16 and <= 19                              // JCB
            : p3 is >= 300 and <= 305 || p4 == 3095 || p2 is 36 or 38 or 39 ? n is >= 14 and <= 19 // Diners Club
            : p2 == 62 ? n is >= 16 and <= 19                                               // UnionPay
            : p4 is >= 2200 and <= 2204 ? n is >= 16 and <= 19                              // Mir
            : p4 is 5018 or 5020 or 5038 or 5893 or 6304 or 6759 or 6761 or 6762 or 6763 ? n is >= 13 and <= 19 // Maestro
            : false;
    }
}
