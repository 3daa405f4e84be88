namespace Aligners.Inference.Refusals;

/// <summary>
/// A wish stated inside a clause rather than at its start: "me and my friends are 16 and want to
/// drink at a party" wishes to "drink at a party", "my brother needs to get rid of the car" to
/// "get rid of the car". The request shapes of <see cref="RequestRestatement"/> read a wish only at
/// a clause's start ("I want to ..."); a prompt that first says who is asking puts it later. Pure,
/// no regular expressions.
/// </summary>
public static class EmbeddedWish
{
    // The verbs that state a wish or a plan, each followed by "to" and the action.
    private static readonly string[] Markers =
        [" want to ", " wants to ", " wanted to ", " need to ", " needs to ", " trying to ", " planning to ", " plan to ", " going to "];

    /// <summary>The action after the first wish in <paramref name="clause"/>, as written, or null when it states none.</summary>
    public static string? Of(string clause)
    {
        var padded = " " + clause.Trim().TrimEnd('.', '!', '?').Trim() + " ";
        var best = -1;
        var length = 0;
        foreach (var marker in Markers)
        {
            var at = padded.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = marker.Length;
            }
        }
        // A wish at the very start is the request shapes' own case; one with nothing after it names no action.
        if (best <= 0)
        {
            return null;
        }
        var rest = padded[(best + length)..].Trim();
        return rest.Length == 0 ? null : rest;
    }
}
