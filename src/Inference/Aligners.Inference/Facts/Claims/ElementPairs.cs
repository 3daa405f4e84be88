namespace Aligners.Inference.Facts;

/// <summary>
/// An element's name written with its symbol in brackets, or its symbol with its name ("cobalt
/// (Co)", "Co (cobalt)"): where the checker corrects one, the bracket beside it names the same
/// wrong element and is corrected with it, so "cobalt (Co)" becomes "iron (Fe)", not "iron (Co)".
/// </summary>
internal static class ElementPairs
{
    /// <summary>The corrections of the brackets beside the element corrections among <paramref name="findings"/>.</summary>
    public static IEnumerable<FactFinding> Check(string answer, IReadOnlyList<FactFinding> findings, FactTables tables)
    {
        foreach (var f in findings.Where(f => f.Domain == "element" && f.Correctable).ToList())
        {
            var right = tables.Elements.FirstOrDefault(e => e.AllNames.Any(n => string.Equals(n, f.Expected, StringComparison.OrdinalIgnoreCase)));
            var bySymbol = right is null;
            right ??= tables.Elements.FirstOrDefault(e => e.Symbol == f.Expected);
            if (right is null || Bracketed(answer, f.Start + f.Claim.Length) is not { } inside)
            {
                continue;
            }
            var written = answer.Substring(inside.Start, inside.Length);
            // The bracket names an element other than the right one, in the other form than the claim.
            var other = bySymbol
                ? tables.Elements.FirstOrDefault(e => e.AllNames.Any(n => string.Equals(n, written, StringComparison.OrdinalIgnoreCase)))
                : tables.Elements.FirstOrDefault(e => e.Symbol == written);
            if (other is null || other.Number == right.Number)
            {
                continue;
            }
            var expected = bySymbol ? (char.IsUpper(written[0]) ? right.Name : right.Name.ToLowerInvariant()) : right.Symbol;
            yield return new FactFinding("element", FactVerdicts.Contradicted, f.Subject + " (in brackets beside it)", written, expected, f.Source, inside.Start);
        }
    }

    /// <summary>The span inside a bracket that opens right after <paramref name="end"/> (spaces allowed), or null.</summary>
    private static (int Start, int Length)? Bracketed(string text, int end)
    {
        var open = end;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }
        if (open >= text.Length || text[open] != '(')
        {
            return null;
        }
        var close = text.IndexOf(')', open + 1, Math.Min(30, text.Length - open - 1));
        return close < 0 ? null : (open + 1, close - open - 1);
    }
}
