using System.Text.RegularExpressions;

namespace Aligners.Inference.Facts;

/// <summary>What the place written right after a record phrase says of the record's scope.</summary>
internal enum RecordScopeKind
{
    /// <summary>No place follows the phrase: the scope is read from the rest of the text, as before.</summary>
    None,

    /// <summary>The world ("in the world", "on Earth").</summary>
    World,

    /// <summary>A scope the knowledge holds exactly (a continent, a country).</summary>
    Held,

    /// <summary>A named place the knowledge holds no record for (the EU, the Alps, a state).</summary>
    Unheld,
}

/// <summary>
/// The scope a record phrase names itself: "the longest river in Europe", "the highest mountain of
/// the Andes", "the longest river that flows through the EU". A record is a fact of its scope only;
/// the value of another scope (the world's, a continent's for a union of states or a mountain
/// range's) is no correction of it, so a scope the knowledge does not hold exactly leaves the claim
/// to the neural score. A held scope must end where a word ends: "European Union" is not "Europe".
/// </summary>
internal static partial class RecordScope
{
    private static readonly string[] World = ["world", "earth", "planet", "globe", "solar system"];

    /// <summary>
    /// The scope written right after <paramref name="recordEnd"/> in <paramref name="text"/>
    /// (<paramref name="folded"/> is its folded form, of the same length), and the held scope it names.
    /// </summary>
    public static (RecordScopeKind Kind, string? Scope) After(string text, string folded, int recordEnd, IEnumerable<string> heldScopes)
    {
        if (recordEnd < 0 || recordEnd >= text.Length || folded.Length != text.Length)
        {
            return (RecordScopeKind.None, null);
        }
        var m = Link().Match(text, recordEnd, Math.Min(60, text.Length - recordEnd));
        if (!m.Success)
        {
            return (RecordScopeKind.None, null);
        }
        var at = m.Index + m.Length;
        // The longest held scope that ends where a word ends: "south america" before "america", and
        // "earth's crust" before the world's "earth".
        var world = World.FirstOrDefault(w => EndsAWord(folded, w, at));
        var held = heldScopes.Where(s => s.Length > 0 && EndsAWord(folded, s, at)).OrderByDescending(s => s.Length).FirstOrDefault();
        if (held is not null && held.Length > (world?.Length ?? 0))
        {
            return (RecordScopeKind.Held, held);
        }
        if (world is not null)
        {
            return (RecordScopeKind.World, null);
        }
        return at < text.Length && char.IsUpper(text[at]) ? (RecordScopeKind.Unheld, null) : (RecordScopeKind.None, null);
    }

    private static bool EndsAWord(string folded, string word, int at) =>
        string.CompareOrdinal(folded, at, word, 0, word.Length) == 0 && word.Length <= folded.Length - at
        && (at + word.Length == folded.Length || !char.IsLetterOrDigit(folded[at + word.Length]));

    // "in", "of", "through", "that flows through", "flowing across", then an optional "the".
    [GeneratedRegex(@"^\s+(?:(?:that|which)\s+(?:flows?|runs?|lies|stands?|is|are)\s+|(?:flowing|running|found|located)\s+)?(?:in|of|on|across|within|through|throughout)\s+(?:the\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    /// <summary>
    /// Whether a place after the record phrase stands in a later clause ("the highest mountain is X,
    /// on the border of Switzerland and Italy"): a country named there says where the holder lies,
    /// not which record is meant.
    /// </summary>
    public static bool InLaterClause(string text, int recordEnd, int placeStart) =>
        recordEnd >= 0 && placeStart > recordEnd && placeStart <= text.Length
        && text.AsSpan(recordEnd, placeStart - recordEnd).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:(\u2014\u2013");
}
