namespace Aligners.Inference.Facts;

/// <summary>
/// The sentence a position stands in, as <see cref="Segments"/> cuts them: where it starts, and
/// where its terminator (a full stop, question or exclamation mark, semicolon or line break) is,
/// so that a clause removed up to the terminator leaves the sentence closed.
/// </summary>
internal static class SentenceOf
{
    /// <summary>The sentence holding <paramref name="position"/>: its start, its terminator's index (its end where it has none) and its end.</summary>
    public static (int Start, int Terminator, int End) At(string text, int position)
    {
        foreach (var (start, end) in Segments.Split(text))
        {
            if (position >= start && position < end)
            {
                var terminator = end > start && text[end - 1] is '.' or '!' or '?' or ';' or '\n' or '\r' ? end - 1 : end;
                return (start, terminator, end);
            }
        }
        return (position, text.Length, text.Length);
    }

    /// <summary>The sentence after the one ending at <paramref name="end"/>, or null when none follows.</summary>
    public static (int Start, int End)? Next(string text, int end)
    {
        foreach (var (start, stop) in Segments.Split(text))
        {
            if (start >= end)
            {
                return (start, stop);
            }
        }
        return null;
    }

    /// <summary>Whether only white space, quotes or emphasis stand between <paramref name="start"/> and <paramref name="position"/>.</summary>
    public static bool Opens(string text, int start, int position) =>
        text.AsSpan(start, position - start).Trim().Trim("\"'*_“‘").Length == 0;
}
