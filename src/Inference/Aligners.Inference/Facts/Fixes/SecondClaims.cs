namespace Aligners.Inference.Facts;

/// <summary>
/// The second claims a corrected value leaves beyond its own clause: a later mention of the wrong
/// number (<see cref="RestatedNumbers"/>), a list that a removed clause introduced
/// (<see cref="IntroducedLists"/>), and an opening that agreed with the wrong value or corrected the
/// user's right one (<see cref="OpeningAgreement"/>). What follows from the value in its own
/// sentence, and the "It" sentence after it, are <see cref="WrongValueDescriptions"/>' to find.
/// </summary>
internal static class SecondClaims
{
    /// <summary>The edits of later mentions of <paramref name="value"/>'s wrong number.</summary>
    public static IEnumerable<TextEdit> Find(string text, ReplacedValue value) => RestatedNumbers.Find(text, value);

    /// <summary>The edit of the answer's opening, where the corrections make it wrong.</summary>
    public static IEnumerable<TextEdit> Opening(string text, string prompt, IReadOnlyList<ReplacedValue> values) =>
        OpeningAgreement.Find(text, prompt, values) is { } edit ? [edit] : [];

    /// <summary>
    /// The edits as they are to be applied: a removal that ends on a list's colon widened over the
    /// list, and an edit inside a removal dropped, since the text it changes goes.
    /// </summary>
    public static List<TextEdit> Settled(string text, IEnumerable<TextEdit> edits)
    {
        var widened = edits.Select(e => IntroducedLists.Widen(text, e)).ToList();
        return widened.Where(e => !widened.Any(o => !ReferenceEquals(o, e) && o.Replacement.Length == 0 | o.Replacement == "."
            && o.Start <= e.Start && e.End <= o.End && (o.Start, o.End) != (e.Start, e.End))).ToList();
    }
}
