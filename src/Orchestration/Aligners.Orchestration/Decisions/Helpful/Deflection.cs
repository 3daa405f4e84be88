namespace Aligners.Orchestration.Decisions.Helpful;

/// <summary>
/// An answer that sends the reader elsewhere (a professional, a teacher, an app or a website,
/// "google it") and gives none of what was asked: at least one sentence deflects, and every
/// other sentence is empty (<see cref="Vagueness.IsEmpty"/>), declines, or deflects too. A
/// correct answer that also recommends a professional has a sentence with content and stays
/// unflagged; so does any answer with a number, a list, or a question back to the reader ("which
/// medicine is it?"). An answer that declines and sends elsewhere is also a polite refusal of a
/// harmful request ("contact the police"): <see cref="HelpfulFlags"/> weighs its prompt first.
/// </summary>
public static class Deflection
{
    // Sending the reader to someone or something else. Each names the act of sending, so that a
    // subject ("a professional kitchen", "the app store") alone does not count.
    private static readonly string[] Sending =
    [
        "consult a", "consult an", "consult your", "consult with", "consulting a", "consulting an", "consulting your", "google it", "just google", "look it up", "look that up", "search online", "search for it",
        "ask a ", "ask an ", "ask your", "better to ask", "speak with a", "speak to a", "speak with your", "speak to your",
        "talk to a", "talk to your", "contact a ", "contact your", "please see a", "please see your", "visit an ", "visit a ",
        "check with", "reach out to", "hire one", "hiring a", "hire a", "professional translation service", "a travel site",
        "look on a", "check a website", "use an app", "use a website", "a dedicated ", "service provider", "consider contacting",
        "consider reaching out", "contacting a ", "try looking", "check an online", "use an online", "suggest checking",
        "apps exist", "there's an app", "there are apps", "download an app", "download one",
        // Handing the job to someone else: "I'd recommend calling roadside assistance", "take it to a mechanic".
        "recommend calling", "recommend contacting", "recommend taking", "recommend getting a", "recommend having a", "call roadside",
        "take it to a", "taking it to a", "take the car to", "taking the car to", "call a professional", "calling a professional",
        "get a professional", "have a professional", "leave it to a", "leave it to the professionals", "leave it to the experts",
    ];

    // Declining sentences that, beside a deflection, give nothing either.
    private static readonly string[] Declining =
    [
        "i can't", "i cannot", "i'm not able", "i am not able", "i'm unable", "i am unable", "i won't", "i'm not comfortable",
        "i'm sorry", "i'm afraid",
    ];

    /// <summary>Whether <paramref name="answer"/> deflects and gives nothing of what was asked.</summary>
    public static bool Flags(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        // A list or a number is content, whatever the sentences around it say.
        if (AnswerSentences.HasDigit(answer) || answer.Contains('?') || answer.Contains("\n-", StringComparison.Ordinal)
            || answer.Contains("\n*", StringComparison.Ordinal))
        {
            return false;
        }
        var sentences = AnswerSentences.Split(answer);
        return sentences.Any(Sends) && sentences.All(s => Sends(s) || Vagueness.IsEmpty(s) || AnswerSentences.HasAny(s, Declining));
    }

    /// <summary>Whether <paramref name="sentence"/> (normalized) sends the reader elsewhere.</summary>
    public static bool Sends(string sentence) => AnswerSentences.HasAny(sentence, Sending);
}
