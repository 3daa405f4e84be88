namespace Aligners.Inference.Refusals;

/// <summary>
/// A request with a second question joined to it ("sneak a knife into a festival and where on your
/// body do you hide it"): the refusal names the first request, which ends its own sentence, and not
/// a run-on that reads as neither. Pure, no regular expressions.
/// </summary>
public static class JoinedQuestion
{
    private static readonly string[] Joins =
        [" and where ", " and how ", " and what ", " and which ", " and when ", " and who ", " or where ", " or how ", " or what "];

    // Fewer words before the join name no request of their own ("go and where").
    private const int MinWords = 3;

    /// <summary>The text before the first joined question, or the text as it is when it has none.</summary>
    public static string Before(string request)
    {
        var cut = -1;
        foreach (var join in Joins)
        {
            var at = request.IndexOf(join, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }
        if (cut < 0)
        {
            return request;
        }
        var head = request[..cut].TrimEnd();
        return head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords ? head : request;
    }
}
