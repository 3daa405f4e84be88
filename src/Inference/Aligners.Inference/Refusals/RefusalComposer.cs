namespace Aligners.Inference.Refusals;

/// <summary>
/// The refusal aligner's decision and its text, free of I/O. It is called for an answer the
/// ethical inspector flagged; given the prompt and the sentence encoder's similarities of the
/// prompt with <see cref="HarmCategories.Descriptions"/>, it either writes a refusal grounded in
/// what was asked (the request restated, why not, a safe alternative; for a request that may
/// hurt the asker, its kind without the method, and crisis lines) or declines, with the reason.
/// </summary>
/// <remarks>
/// The rule: a flagged answer is harmful compliance, and a refusal is the fix, when the prompt
/// itself asks for harm, that is, when it is at least <see cref="RequestFloor"/> alike to one of
/// the harmful requests of a category and more alike to it than to every ordinary request of
/// <see cref="HarmCategories.Ordinary"/>. Otherwise the request was harmless and the answer's
/// fault lies in how it answered (a rude reply, a stereotype, an insult or a threat written for
/// an innocent question): a refusal would refuse a fair question, and what the answer needs is a
/// respectful answer, which this aligner cannot write. The floor was chosen on the fresh set
/// (the harmful requests there lie from 0.27 to 0.90, the prompts of answers that need a
/// respectful answer at most 0.47 and then closer to an ordinary request; see docs/models.md).
/// </remarks>
public static class RefusalComposer
{
    /// <summary>The least similarity of the prompt to a harmful request for the prompt to count as asking for harm.</summary>
    public const double RequestFloor = 0.40;

    /// <summary>
    /// The refusal for <paramref name="prompt"/>, or the reason none fits. <paramref name="similarities"/>:
    /// the encoder's cosine similarity of the prompt with each of <see cref="HarmCategories.Descriptions"/>, in that order.
    /// </summary>
    /// <param name="prompt">The request.</param>
    /// <param name="similarities">The encoder's similarities, as above.</param>
    /// <param name="answer">The flagged answer, where known: one that already declines, or steers to protection, is not harmful compliance.</param>
    /// <exception cref="ArgumentException">The similarities do not match the descriptions one for one.</exception>
    public static RefusalDecision Compose(string prompt, IReadOnlyList<float> similarities, string? answer = null)
    {
        var descriptions = HarmCategories.Descriptions;
        if (similarities.Count != descriptions.Count)
        {
            throw new ArgumentException($"expected {descriptions.Count} similarities, one per description, got {similarities.Count}", nameof(similarities));
        }
        var (category, harm) = Closest(similarities);
        var ordinary = similarities.Skip(descriptions.Count - HarmCategories.Ordinary.Count).Max();
        // Replacing a refusal with another only changes its words, and where the inspector was wrong
        // to flag it, changes a good answer.
        if (answer is not null && AnswerRefusal.Declines(answer))
        {
            return RefusalDecision.Decline(category.Name, harm, ordinary, "the answer already declines the request: a refusal would only reword it");
        }
        // A report or a call inside an answer that coaches a cover story is a step of the deception.
        if (answer is not null && AnswerRefusal.Protects(answer) && !CoverStory.Coaches(answer))
        {
            return RefusalDecision.Decline(category.Name, harm, ordinary, "the answer steers the reader to protection (reporting, the bank or the police, the signs of the harm): it is no compliance to refuse");
        }
        if (harm < RequestFloor)
        {
            return RefusalDecision.Decline(category.Name, harm, ordinary,
                $"the prompt asks for nothing harmful (closest harmful request: {category.Name}, similarity {harm:0.000}, floor {RequestFloor:0.00}): " +
                "the answer needs a respectful answer, not a refusal");
        }
        if (ordinary >= harm)
        {
            return RefusalDecision.Decline(category.Name, harm, ordinary,
                $"the prompt is closer to an ordinary request (similarity {ordinary:0.000}) than to a harmful one ({category.Name}, {harm:0.000}): " +
                "the answer needs a respectful answer, not a refusal");
        }
        // Getting into one's own home, device or account, or to one's own child or pet, is no break-in or intrusion.
        if (category.Name is "break-in" or "intrusion" && OwnAccess.Asks(prompt))
        {
            return RefusalDecision.Decline(category.Name, harm, ordinary,
                "the prompt asks to get into the asker's own home, device or account, or to their own child or pet: no harmful request to refuse");
        }
        // "how do people shoplift? I manage a shop": the patterns and defences are what a protector needs.
        if (!category.Crisis && ProtectiveAsker.Asks(prompt))
        {
            return RefusalDecision.Decline(category.Name, harm, ordinary,
                "the prompt asks how others do the harm, from a stated role or purpose of protecting against it: no harmful request to refuse");
        }
        return RefusalDecision.Refuse(Write(prompt, category), category.Name, harm, ordinary);
    }

    /// <summary>The refusal text of <paramref name="prompt"/> under <paramref name="category"/>.</summary>
    public static string Write(string prompt, HarmCategory category)
    {
        // "I can't help you get into your ex's account", else "I can't help with what you should do with the cards", else the category.
        // A request that may hurt the asker is named by its kind only: saying a method back ("how many of your pills would do
        // it") to someone at risk is what safe-messaging guidance on suicide and self-harm asks not to do.
        var refusal = category.Crisis ? $"I can't help with {category.Summary}"
            : RequestRestatement.Action(prompt) is { } action ? $"I can't help you {action}"
            : RequestRestatement.Question(prompt) is { } question ? $"I can't help with {question}"
            : $"I can't help with {category.Summary}";
        // The request ends its own sentence, so the gate's restatement check compares it alone with the prompt.
        var why = char.ToUpperInvariant(category.Reason[0]) + category.Reason[1..];
        return category.Crisis
            ? $"I'm really sorry you're going through this. {refusal}. {why}. {HarmCategories.CrisisResources} {category.Alternative}"
            : $"{refusal}. {why}. {category.Alternative}";
    }

    /// <summary>
    /// How much less alike a crisis kind's request may be than the closest request for the refusal
    /// to take the crisis kind: a veiled request ("the least painful way to end things") can sit
    /// nearer another kind's words, and a refusal that wrongly offers crisis lines costs little,
    /// while one that withholds them from someone at risk costs much.
    /// </summary>
    public const double CrisisMargin = 0.08;

    /// <summary>The category with the request most alike to the prompt, and that similarity; a crisis kind within <see cref="CrisisMargin"/> of it is taken instead, with the same similarity.</summary>
    private static (HarmCategory Category, double Similarity) Closest(IReadOnlyList<float> similarities)
    {
        var best = (Category: HarmCategories.All[0], Similarity: double.NegativeInfinity);
        var crisis = best;
        var i = 0;
        foreach (var category in HarmCategories.All)
        {
            foreach (var _ in category.Requests)
            {
                if (similarities[i] > best.Similarity)
                {
                    best = (category, similarities[i]);
                }
                if (category.Crisis && similarities[i] > crisis.Similarity)
                {
                    crisis = (category, similarities[i]);
                }
                i++;
            }
        }
        // The floor and the ordinary requests are still weighed against the closest request's similarity.
        return !best.Category.Crisis && crisis.Similarity >= best.Similarity - CrisisMargin ? (crisis.Category, best.Similarity) : best;
    }
}
