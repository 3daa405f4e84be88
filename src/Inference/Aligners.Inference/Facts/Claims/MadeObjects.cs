namespace Aligners.Inference.Facts;

/// <summary>
/// A made thing named as the object of an active verb of making before a year: "Torvalds created
/// Git in 2005 for the Linux kernel" dates Git, what was created, not Linux, named after the year
/// as what Git served; the passive and copular shapes are <see cref="DatedSubjects"/>'.
/// </summary>
internal static class MadeObjects
{
    private static readonly string[] Making =
        [" created ", " developed ", " built ", " founded ", " launched ", " released ", " wrote ", " designed ", " invented ", " started "];

    /// <summary>
    /// Whether <paramref name="before"/>, the clause's text before its year, names a thing right
    /// after a verb of making ("created Git"), not a maker after "by" ("created by Torvalds").
    /// </summary>
    public static bool NamedIn(string before)
    {
        foreach (var verb in Making)
        {
            var at = before.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }
            var rest = before[(at + verb.Length)..];
            // The object stands right after the verb; a name further on may be a maker or a place.
            if (ClaimText.ProperNames(rest, []).FirstOrDefault() is { Name: not null } name && rest[..name.Start].Trim().Length == 0)
            {
                return true;
            }
        }
        return false;
    }
}
