namespace Aligners.Inference.Facts;

/// <summary>
/// Where the claims of a text stand: its sentences, list items, table rows and lines, cut at line
/// breaks, at a full stop, question or exclamation mark followed by white space (not inside "3.5"
/// or "D.C."), and at semicolons.
/// </summary>
internal static class Segments
{
    /// <summary>The spans of <paramref name="text"/>'s segments, in order, none empty.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cut = c is '\n' or '\r' or ';'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !Abbreviation(text, i));
            if (cut)
            {
                Add(spans, text, start, i + 1);
                start = i + 1;
            }
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>A full stop that ends a one-letter abbreviation ("D.C. ", "J. J. Thomson") rather than a sentence.</summary>
    internal static bool Abbreviation(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).Trim().Length > 0)
        {
            spans.Add((start, end));
        }
    }
}
