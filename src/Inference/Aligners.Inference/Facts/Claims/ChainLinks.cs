namespace Aligners.Inference.Facts;

/// <summary>
/// A worked sum written as a chain ("A = B = C") states each link equal to the link before it, and
/// a link may be an expression: in "12% of 250 = 0.12 × 250 = 30" the link after "12% of 250" is
/// "0.12 × 250", not the number 0.12. A number that an operator follows is a factor of the next
/// link: it is read with the rest of that expression, and a correction never replaces it alone
/// (putting the result in place of the factor garbles the working: "30 × 250 = 30").
/// </summary>
internal static class ChainLinks
{
    /// <summary>
    /// The expression that opens at the number written at <paramref name="start"/> in
    /// <paramref name="text"/> (its text and value), or null where no operator and number follow it,
    /// so the number stands alone.
    /// </summary>
    public static (string Text, double? Value)? ExpressionAt(string text, int start, int length)
    {
        var end = start + length;
        var terms = 0;
        while (true)
        {
            var op = SkipSpaces(text, end);
            if (!OperatorAt(text, op))
            {
                break;
            }
            var number = SkipSpaces(text, op + 1);
            if (number < text.Length && text[number] is '$' or '€' or '£')
            {
                number++;
            }
            var numberEnd = NumberEnd(text, number);
            if (numberEnd == number)
            {
                break;
            }
            end = numberEnd;
            terms++;
        }
        if (terms == 0)
        {
            return null;
        }
        var expression = text[start..end];
        return (expression, ArithmeticStatements.Evaluate(expression.Replace("$", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal).Replace("£", "", StringComparison.Ordinal)));
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// An operator between two numbers: a hyphen joined to a word ("5-year") is none, nor is
    /// Markdown's emphasis ("**30**"), and an x is one only standing alone ("4 x 5").
    /// </summary>
    private static bool OperatorAt(string text, int at)
    {
        if (at >= text.Length)
        {
            return false;
        }
        var c = text[at];
        if (c == '*')
        {
            return !(at + 1 < text.Length && text[at + 1] == '*') && !(at > 0 && text[at - 1] == '*');
        }
        if (c is 'x' or 'X')
        {
            return at > 0 && text[at - 1] == ' ' && at + 1 < text.Length && text[at + 1] == ' ';
        }
        return c is '×' or '÷' or '/' or '+' or '−' or '-';
    }

    /// <summary>Where a number written at <paramref name="at"/> ends (digits, thousands separators, one decimal point), or <paramref name="at"/> where none is.</summary>
    private static int NumberEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsDigit(text[end])
            || (text[end] is ',' or '.' && end > at && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            end++;
        }
        return end;
    }
}
