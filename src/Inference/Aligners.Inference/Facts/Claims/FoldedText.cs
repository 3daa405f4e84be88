using System.Globalization;
using System.Text;

namespace Aligners.Inference.Facts;

/// <summary>
/// A text and its folded form (lower case, no diacritics, one character for each of the text's),
/// so that a phrase found in the folded form is at the same place in the text.
/// </summary>
internal sealed class FoldedText
{
    public FoldedText(string text)
    {
        Text = text;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }
        Folded = folded.ToString();
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>The text folded, as long as <see cref="Text"/>.</summary>
    public string Folded { get; }

    /// <summary>One character folded: lower case, its base letter where it has a diacritic, a straight apostrophe for a curly one or an ʻokina.</summary>
    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }
        // The ʻokina and modifier apostrophes of place names ("Nukuʻalofa", "Paʻanga") read as the apostrophe.
        if (c is '’' or '‘' or 'ʻ' or 'ʼ' or '´')
        {
            return '\'';
        }
        if (c is '–' or '—' or '‑')
        {
            return '-';
        }
        // Half of a pair (an emoji) cannot be normalised alone, and is no letter of a name.
        if (char.IsSurrogate(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d);
            }
        }
        return char.ToLowerInvariant(c);
    }

    /// <summary>A phrase folded the same way.</summary>
    public static string Fold(string phrase) => new FoldedText(phrase).Folded;

    /// <summary>Whether position <paramref name="i"/> is not inside a word (the start, the end, or a character that is no letter or digit).</summary>
    public bool Boundary(int i) => i <= 0 || i >= Folded.Length || !char.IsLetterOrDigit(Folded[i - 1]) || !char.IsLetterOrDigit(Folded[i]);
}
