namespace Aligners.Inference.Facts;

/// <summary>
/// The thing a year dates when a sentence names two: "X was created by ... in 2005 to manage ...
/// Y" dates X, the subject of the passive verb of making, not Y, named after the year as what X
/// served. A year is checked only against the entry of the work it dates, so a year said of a work
/// the tables do not hold is no claim about a work they do.
/// </summary>
internal static class DatedSubjects
{
    // "Git was created ..." and "Git is a tool created ..." both name the subject the year dates.
    private static readonly string[] Passives = [" was ", " were ", " is ", " are "];

    /// <summary>
    /// Whether <paramref name="year"/> dates another thing than <paramref name="work"/>: the work is
    /// named only after the year, and before the year a named subject of its own stands before
    /// "was", "were", "is" or "are" (its dating verb follows).
    /// </summary>
    public static bool OfAnother(string text, (int Start, int End) segment, Mention work, Mention year)
    {
        if (work.Start < year.End || year.Start <= segment.Start)
        {
            return false;
        }
        var before = text[segment.Start..year.Start];
        var be = Passives.Select(p => before.IndexOf(p, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        // The subject is a name (a capitalised word that is no function word), not "It" or "This".
        return be > 0 && ClaimText.ProperNames(before[..be], []).Any() || MadeObjects.NamedIn(before);
    }
}
