using Aligners.Inference.Generation;

namespace Aligners.Orchestration.Decisions;

/// <summary>
/// A stock sentence the aligner began and did not finish: "Getting into someone else's account with
/// that." begins the stock "Getting into someone else's account without permission is illegal and
/// violates their privacy." and leaves it. A decoder that learned its sentences by heart says one
/// whole, copies the answer it was given, or restates the request it refuses; on validation data
/// every sentence of its rewrites that began a stock sentence and left it was broken (41 of 41,
/// docs/models.md). Pure.
/// </summary>
public static class StockDeparture
{
    /// <summary>
    /// Whether <paramref name="match"/>'s sentence shares at least <paramref name="openingWords"/>
    /// opening words with a stock sentence and stops or goes elsewhere before that sentence's end.
    /// Not counted: a refusal's restatement (judged against the prompt by its own check) and a
    /// sentence of <paramref name="previous"/>, the text the rewrite replaces. A sentence that says
    /// the whole stock sentence and carries on has not left it.
    /// </summary>
    public static bool Departs(StockMatch match, string? previous, int openingWords) =>
        openingWords > 0 && match.Opening is not null
        && match.OpeningWords >= openingWords && match.OpeningWords < match.OpeningLength
        && RefusalRestatement.Of(match.Sentence) is null
        && previous?.Contains(match.Sentence, StringComparison.OrdinalIgnoreCase) != true;
}
