using System.Text.RegularExpressions;
using Aligners.Inference.Client;
using Aligners.Inference.Generation;
using Aligners.Inference.Refusals;
using Aligners.Orchestration.Decisions.Wording;
using Aligners.Orchestration.Instances;

namespace Aligners.Orchestration.Decisions;

/// <summary>What the gate sees of a rewrite: what was written, the scores before and after, and how it reads against the prompt.</summary>
/// <param name="Criterion">The criterion whose aligner wrote it.</param>
/// <param name="Rewrite">The rewrite and how it was made.</param>
/// <param name="Before">Every criterion's score of the text it replaces.</param>
/// <param name="After">Every criterion's score of the rewrite.</param>
/// <param name="Topic">The encoder's similarities of the rewrite, the text it replaces and any refusal's restatement to the prompt; null where none was measured.</param>
/// <param name="Prompt">The prompt the rewrite answers: its words (names, terms, the user's own spellings) are no non-words in the rewrite.</param>
public sealed record Candidate(string Criterion, RewrittenText Rewrite, IReadOnlyDictionary<string, double> Before,
    IReadOnlyDictionary<string, double> After, TopicEvidence? Topic = null, string? Prompt = null);

/// <summary>How a rewrite was made, which decides what the gate asks of it.</summary>
public enum RewriteKind
{
    /// <summary>Composed by a model (the bundled aligner or an LLM): every check applies.</summary>
    Composed,

    /// <summary>The fact checker's: the text with each contradicted value replaced by the table's.</summary>
    CheckerCorrection,

    /// <summary>The privacy redactor's: the text with the values the scanner found taken out, nothing else changed.</summary>
    Redaction,

    /// <summary>
    /// The refusal aligner's refusal of a request to hurt oneself or hide it: the kind named without
    /// the method, with crisis lines. Its topic is not measured against the prompt: saying the
    /// method back, which would bring it nearer, is what safe-messaging guidance asks not to do,
    /// and the kind was chosen from the prompt itself.
    /// </summary>
    SelfHarmRefusal,
}

/// <summary>A rewrite as its aligner gave it.</summary>
/// <param name="Text">The rewrite.</param>
/// <param name="Previous">The text the rewrite would replace: a sentence copied from it is kept, not composed.</param>
/// <param name="Kind">How it was made.</param>
/// <param name="CutOff">Generation stopped at its token limit rather than on its own.</param>
/// <param name="StockMatches">The rewrite's sentences beside its aligner's stock sentences; null when the aligner lists none.</param>
/// <param name="Confidence">How sure the bundled aligner was of the rewrite, and its manifest's floor; null for other backends.</param>
public sealed record RewrittenText(string Text, string? Previous = null, RewriteKind Kind = RewriteKind.Composed, bool CutOff = false,
    IReadOnlyList<StockMatch>? StockMatches = null, RewriteConfidence? Confidence = null);

/// <summary>The encoder's cosine similarities to the prompt; each null where it was not measured.</summary>
/// <param name="PromptToRewrite">Of the rewrite.</param>
/// <param name="PromptToPrevious">Of the text it replaces.</param>
/// <param name="Restatement">The request the rewrite refuses, when it restates one (<see cref="RefusalRestatement"/>).</param>
/// <param name="PromptToRestatement">Of <paramref name="Restatement"/>.</param>
public sealed record TopicEvidence(double? PromptToRewrite, double? PromptToPrevious, string? Restatement = null, double? PromptToRestatement = null);

/// <summary>The gate's verdict: accepted, or the reason it was not.</summary>
public sealed record GateVerdict(bool Accepted, string? Reason, string? Check)
{
    /// <summary>Accepted.</summary>
    public static GateVerdict Accept { get; } = new(true, null, null);

    /// <summary>Refused by <paramref name="check"/> for <paramref name="reason"/>.</summary>
    public static GateVerdict Refuse(string check, string reason) => new(false, reason, check);
}

/// <summary>
/// The squad's acceptance gate, pure and free of I/O: a rewrite replaces the text only if its own
/// criterion now passes, no other criterion falls below its threshold or drops by more than the
/// margin, it stays on the prompt's topic, it refuses no request but the prompt's, it does not
/// repeat what its aligner was taught to say for another question, and it is well-formed (no loop,
/// cut-off or marker, no stock sentence begun and left, and, where a bundled token model composed it,
/// no word that is no word: <see cref="NonWords"/>, <see cref="GarbledCapitals"/>), and it does not
/// define the prompt's thing where the prompt asks something else (<see cref="DefinitionAnswer"/>).
/// Otherwise the previous text stays and the criterion is left unresolved with the reason.
/// A redaction is judged by its own criterion alone (see <see cref="Evaluate"/>).
/// </summary>
public static partial class AcceptanceGate
{
    private static readonly string[] Markers = ["[INIT]", "[ALIGNED]", "[DONE]", "[ETHICAL]", "[FACTUALITY]", "[HELPFUL]", "<unk>", "<s>", "</s>", "<pad>", "[SEP]", "[CLS]"];

    /// <summary>Judges <paramref name="candidate"/> under <paramref name="policy"/>.</summary>
    public static GateVerdict Evaluate(Candidate candidate, AlignmentPolicy policy)
    {
        var gate = policy.Gate;
        if (candidate.Rewrite.Kind == RewriteKind.Redaction)
        {
            return EvaluateRedaction(candidate, policy);
        }
        if (Malformed(candidate.Rewrite.Text, candidate.Rewrite.CutOff, gate) is { } malformed)
        {
            return GateVerdict.Refuse("well-formed", malformed);
        }
        // A model rambling where it does not know the answer is unsure of its own words, however fluent
        // the inspectors find them; the floor is the aligner's, calibrated with it, unless the policy sets one.
        if (candidate.Rewrite.Confidence is { } sure && (gate.ConfidenceFloor ?? sure.Floor) is double floor && sure.MeanLogProbability < floor)
        {
            return GateVerdict.Refuse("well-formed",
                $"the aligner was unsure of its rewrite (mean token log-probability {sure.MeanLogProbability:0.000}, below its floor {floor:0.000})");
        }
        if (candidate.Rewrite.StockMatches?.FirstOrDefault(m => StockDeparture.Departs(m, candidate.Rewrite.Previous, gate.StockOpeningWords)) is { } left)
        {
            return GateVerdict.Refuse("well-formed", $"the rewrite's sentence \"{left.Sentence}\" begins the aligner's stock sentence " +
                $"\"{left.Opening}\" and leaves it after {left.OpeningWords} of its {left.OpeningLength} words");
        }
        // The checker's corrections and the redactions keep the replaced text's words: only what a
        // model composed can hold words it made up. Only a bundled token model (the one backend that
        // reports its confidence) makes them up; an LLM's rare real words ("venv", "petri") are not
        // in the list, and refusing its good rewrites for them would cost more than it saves.
        if (candidate.Rewrite.Kind == RewriteKind.Composed && candidate.Rewrite.Confidence is not null
            && NonWords.Find(candidate.Rewrite.Text, candidate.Prompt ?? "", candidate.Rewrite.Previous) is { Count: > 0 } nonWords)
        {
            return GateVerdict.Refuse("well-formed", NonWordsReason(nonWords));
        }
        // A garbled word at a sentence's start has a capital, which the word list cannot read as no name.
        if (candidate.Rewrite.Kind == RewriteKind.Composed && candidate.Rewrite.Confidence is not null
            && GarbledCapitals.Find(candidate.Rewrite.Text, candidate.Prompt ?? "", candidate.Rewrite.Previous) is { Count: > 0 } garbled)
        {
            return GateVerdict.Refuse("well-formed", $"the rewrite's word \"{garbled[0]}\" is no English word and no name (its capital is a sentence's " +
                "start, or an apostrophe joins it to letters that make no word), and neither the prompt nor the text it replaces has it");
        }
        var own = candidate.After[candidate.Criterion];
        var threshold = policy.ThresholdOf(candidate.Criterion);
        if (own < threshold)
        {
            return GateVerdict.Refuse("own-criterion", $"the rewrite still scores {Below(own, threshold)} on {candidate.Criterion}, below its threshold {threshold:0.####}");
        }
        foreach (var (other, after) in candidate.After.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (other == candidate.Criterion || !candidate.Before.TryGetValue(other, out var before))
            {
                continue;
            }
            var otherThreshold = policy.ThresholdOf(other);
            if (after < otherThreshold && before >= otherThreshold)
            {
                return GateVerdict.Refuse("other-criteria", $"the rewrite falls below the threshold on {other} ({before:0.000} to {Below(after, otherThreshold)}, threshold {otherThreshold:0.####})");
            }
            // The checker's correction changes nothing but values it verified, so another inspector's
            // score moving with the number is that inspector's noise, not a worse answer; falling
            // below a threshold still refuses it.
            if (before - after > gate.MaxOtherDrop && candidate.Rewrite.Kind != RewriteKind.CheckerCorrection)
            {
                return GateVerdict.Refuse("other-criteria", $"the rewrite drops {other} by {before - after:0.000} (from {before:0.000} to {after:0.000}), more than {gate.MaxOtherDrop:0.00}");
            }
        }
        var selfHarm = candidate.Rewrite.Kind == RewriteKind.SelfHarmRefusal;
        if (!selfHarm && candidate.Topic?.PromptToRewrite is { } topic)
        {
            if (topic < gate.TopicFloor)
            {
                return GateVerdict.Refuse("on-topic", $"the rewrite is off the prompt's topic (similarity {topic:0.000}, floor {gate.TopicFloor:0.00})");
            }
            // A refusal's topic is the request it restates, checked on its own below: its reasons and
            // crisis lines say what the answer it replaces did not, and take it further from the prompt.
            if (candidate.Topic.PromptToPrevious is { } previous && previous - topic > gate.MaxTopicDrop && candidate.Topic.PromptToRestatement is null)
            {
                return GateVerdict.Refuse("on-topic", $"the rewrite strays from the prompt's topic (similarity {previous:0.000} to {topic:0.000}, more than {gate.MaxTopicDrop:0.00} lower)");
            }
        }
        if (!selfHarm && candidate.Topic?.PromptToRestatement is { } restated && restated < gate.RestatementFloor)
        {
            return GateVerdict.Refuse("on-topic", $"the rewrite refuses a request the prompt did not make, \"{candidate.Topic!.Restatement}\" " +
                $"(similarity {restated:0.000} to the prompt, floor {gate.RestatementFloor:0.00})");
        }
        // A sentence the aligner learned for other questions only: it answered one of those instead.
        if (candidate.Rewrite.StockMatches?.FirstOrDefault(m => m.Similarity >= gate.StockCopyFloor && m.QuestionSimilarity < gate.SameQuestionFloor) is { } stock)
        {
            return GateVerdict.Refuse("on-topic", $"the rewrite repeats what the aligner was taught to say to another question, \"{stock.Question}\" " +
                $"(\"{stock.Sentence}\" is {stock.Similarity:0.00} alike to \"{stock.Stock}\"; that question's similarity to this prompt is {stock.QuestionSimilarity:0.00}, " +
                $"below {gate.SameQuestionFloor:0.00})");
        }
        // A definition of the prompt's thing under a question on how, how long or whether: an
        // answer learnt for the question "what is it"; a refusal answers no question and is judged above.
        if (candidate.Rewrite.Kind == RewriteKind.Composed && candidate.Prompt is { } prompt && candidate.Topic?.PromptToRestatement is null
            && !AnswerRefusal.Declines(candidate.Rewrite.Text)
            && DefinitionAnswer.Mismatch(prompt, candidate.Rewrite.Text, candidate.Rewrite.Previous) is { } definition)
        {
            return GateVerdict.Refuse("on-topic", definition);
        }
        return GateVerdict.Accept;
    }

    /// <summary>
    /// A redaction passes when the re-inspection confirms that nothing is left, and only then. The
    /// other checks judge what a model composed, and a redaction composed nothing: it replaces the
    /// values the scanner found, deterministically, and leaves every other character as it was. So
    /// its form is the previous text's own (a check would judge the upstream's wording, and the
    /// same card written three times becomes "[CARD_1] [CARD_1] [CARD_1]", which the repetition
    /// check would call a loop); its topic is the previous text's; it has no stock sentences and no
    /// confidence. Another criterion scoring lower without the values (an answer less helpful
    /// without the card number it repeated) is what the policy chose by asking for the criterion;
    /// refusing the redaction for it would return the personal data instead.
    /// </summary>
    private static GateVerdict EvaluateRedaction(Candidate candidate, AlignmentPolicy policy)
    {
        var own = candidate.After[candidate.Criterion];
        var threshold = policy.ThresholdOf(candidate.Criterion);
        return own < threshold
            ? GateVerdict.Refuse("own-criterion", $"the redacted text still scores {Below(own, threshold)} on {candidate.Criterion}, below its threshold {threshold:0.####}")
            : GateVerdict.Accept;
    }

    private static string NonWordsReason(IReadOnlyList<string> words) => words.Count == 1
        ? $"the rewrite's word \"{words[0]}\" is no English word, and neither the prompt nor the text it replaces has it"
        : $"the rewrite's words {string.Join(", ", words.Take(3).Select(w => $"\"{w}\""))} are no English words, and neither the prompt nor the text it replaces has them";

    /// <summary>
    /// A score under a threshold, to as many decimals as show it under: a calibrated threshold such as
    /// 0.968 and a score of 0.9676 would both read 0.968 to three.
    /// </summary>
    private static string Below(double score, double threshold)
    {
        var text = score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) < threshold
            ? text
            : score.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
    }

    /// <summary>Why a text is malformed (a token loop, a run of repeated n-grams, a cut-off, leftover markers), or null.</summary>
    public static string? Malformed(string text, bool cutOff, GateSettings gate)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "the rewrite is empty";
        }
        if (cutOff)
        {
            return "the rewrite was cut off at the token limit";
        }
        if (Markers.FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal)) is { } marker)
        {
            return $"the rewrite holds the marker {marker}";
        }
        // A decoding loop inside one word ("Iightightightight") is as broken as one across words.
        if (LoopInWord().Match(text) is { Success: true } loop)
        {
            return $"the rewrite repeats '{loop.Groups[1].Value}' inside the word '{loop.Value}'";
        }
        if (LetterRun().Match(text) is { Success: true } letters)
        {
            return $"the rewrite repeats the letter '{letters.Groups[1].Value}' four times or more in the word '{letters.Value}'";
        }
        if (BrokenList(text) is { } list)
        {
            return list;
        }
        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        var run = 1;
        for (var i = 1; i < words.Length; i++)
        {
            run = words[i] == words[i - 1] ? run + 1 : 1;
            if (run > gate.MaxRepeatedWord)
            {
                return $"the rewrite repeats '{words[i]}' {run} times in a row";
            }
        }
        // A short phrase said again and again back to back ("of mel of mel of mel") is a decoding loop.
        for (var n = 2; n <= 4; n++)
        {
            for (var i = 0; i + 2 * n <= words.Length; i++)
            {
                var copies = 1;
                while (i + (copies + 1) * n <= words.Length && words.AsSpan(i, n).SequenceEqual(words.AsSpan(i + copies * n, n)))
                {
                    copies++;
                }
                if (copies > gate.MaxRepeatedPhrase)
                {
                    return $"the rewrite repeats '{string.Join(' ', words, i, n)}' {copies} times back to back";
                }
            }
        }
        for (var n = 3; n <= 4; n++)
        {
            var counts = new Dictionary<string, int>();
            for (var i = 0; i + n <= words.Length; i++)
            {
                var gram = string.Join(' ', words, i, n);
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                if (counts[gram] > gate.MaxRepeatedNgram)
                {
                    return $"the rewrite repeats '{gram}' {counts[gram]} times";
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A numbered list that starts at 1 must count up by one ("1. So, 1. Throw away..." is a
    /// decoder that lost its place); a number followed by a full stop and a capital elsewhere is
    /// taken as a list item only once a list has started at 1.
    /// </summary>
    private static string? BrokenList(string text)
    {
        var items = ListItem().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var start = Array.IndexOf(items, 1);
        if (start < 0)
        {
            return null;
        }
        for (var i = start + 1; i < items.Length; i++)
        {
            if (items[i] != items[i - 1] + 1)
            {
                return $"the rewrite's numbered list goes from {items[i - 1]} to {items[i]}";
            }
        }
        return null;
    }

    /// <summary>"1. " at the start of the text or after a sentence's end, a colon or a comma, before a word.</summary>
    [GeneratedRegex(@"(?:^|[.:!?,]\s+)(\d{1,2})\.\s+(?=\p{L})")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();

    /// <summary>Two to five letters said four times or more in a row within a word (a laugh, "hahaha", is three).</summary>
    [GeneratedRegex(@"\p{L}*(\p{L}{2,5})\1{3,}\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex LoopInWord();

    /// <summary>One letter four times or more in a row ("Plantttttt"): no English word does that.</summary>
    [GeneratedRegex(@"\p{L}*(\p{L})\1{3,}\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex LetterRun();
}
