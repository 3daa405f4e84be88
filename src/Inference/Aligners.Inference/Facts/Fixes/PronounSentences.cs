namespace Aligners.Inference.Facts;

/// <summary>
/// The sentence after one that names a corrected value as what its subject is ("The capital of X
/// is Y.", "The longest river in Z is the Y.", "X is in Y."): opening with "It", it goes on about
/// the thing the wrong value named ("It's the country's largest city", "It runs through ten
/// countries"), and what it says was said of the wrong one. A sentence whose subject is no
/// description ("That's Y.", "It is Y.") is not read so: its "It" may be about the question's subject.
/// </summary>
internal static class PronounSentences
{
    /// <summary>Openers of a sentence that goes on about what the sentence before named.</summary>
    private static readonly string[] Pronouns = ["It ", "It's ", "It’s ", "Its "];

    /// <summary>The copulas a value stands after as what the subject is, longest first.</summary>
    private static readonly string[] Copulas = [" is in the ", " is in ", " is the ", " was the ", " is ", " was ", " are the ", " are "];

    /// <summary>Words that open a sentence whose subject is no description of the thing.</summary>
    private static readonly HashSet<string> Bare = new(StringComparer.OrdinalIgnoreCase) { "that", "this", "it", "he", "she", "they", "there", "which", "what" };

    /// <summary>
    /// Whether the value at <paramref name="valueStart"/> is the predicate of a sentence starting at
    /// <paramref name="sentenceStart"/> with a subject of its own: "&lt;subject&gt; is &lt;value&gt;".
    /// </summary>
    public static bool Predicate(string text, int sentenceStart, int valueStart)
    {
        var head = text[sentenceStart..valueStart];
        var copula = Copulas.FirstOrDefault(c => head.EndsWith(c, StringComparison.Ordinal));
        if (copula is null)
        {
            return false;
        }
        var subject = head[..^copula.Length].Trim().Trim('*', '_', '"');
        var first = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && !Bare.Contains(first) && !subject.Contains(',') && !subject.Contains(':');
    }

    /// <summary>The next sentence's span when it opens with "It", or null.</summary>
    public static (int Start, int End)? Next(string text, int end) =>
        SentenceOf.Next(text, end) is { } next && Pronouns.Any(p => text.AsSpan(next.Start).TrimStart().StartsWith(p, StringComparison.Ordinal))
            ? next
            : null;
}
