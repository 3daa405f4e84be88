namespace Aligners.Inference.Refusals;

/// <summary>
/// What the refusal aligner decided: <see cref="Text"/> the refusal, or null with
/// <see cref="Declined"/> saying why none fits; the closest harmful category and the prompt's
/// similarity to it and to the closest ordinary request, for the audit trail.
/// </summary>
public sealed record RefusalDecision(string? Text, string? Declined, string Category, double HarmSimilarity, double OrdinarySimilarity)
{
    /// <summary>A refusal.</summary>
    public static RefusalDecision Refuse(string text, string category, double harm, double ordinary) =>
        new(text, null, category, Math.Round(harm, 6), Math.Round(ordinary, 6));

    /// <summary>No refusal, and why.</summary>
    public static RefusalDecision Decline(string category, double harm, double ordinary, string reason) =>
        new(null, reason, category, Math.Round(harm, 6), Math.Round(ordinary, 6));
}
