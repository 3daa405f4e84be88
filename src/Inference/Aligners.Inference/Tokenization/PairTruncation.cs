namespace Aligners.Inference.Tokenization;

/// <summary>
/// The truncation rule for (prompt, response) inputs longer than a model takes, shared with the
/// Python training code (<c>formats.truncate_pair</c>): the response keeps its first tokens and the
/// prompt its last (a question usually ends the prompt). When both are long each side keeps half
/// the budget; a short side gives its unused share to the other, so both stay represented.
/// </summary>
public static class PairTruncation
{
    /// <summary>How many prompt and response tokens to keep within <paramref name="budget"/>.</summary>
    public static (int PromptKeep, int ResponseKeep) Split(int promptLength, int responseLength, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        if (promptLength + responseLength <= budget)
        {
            return (promptLength, responseLength);
        }
        var promptKeep = Math.Min(promptLength, Math.Max(budget / 2, budget - responseLength));
        var responseKeep = Math.Min(responseLength, budget - promptKeep);
        return (promptKeep, responseKeep);
    }

    /// <summary>Applies <see cref="Split"/>: the prompt's last and the response's first tokens.</summary>
    public static (List<int> Prompt, List<int> Response) Apply(List<int> prompt, List<int> response, int budget)
    {
        var (p, r) = Split(prompt.Count, response.Count, budget);
        return (prompt.GetRange(prompt.Count - p, p), response.GetRange(0, r));
    }
}
