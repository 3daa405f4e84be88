using System.Text.Json;
using System.Text.RegularExpressions;
using Aligners.Inference.Embedding;
using Aligners.Inference.Models;

namespace Aligners.Inference.Generation;

/// <summary>
/// One sentence of a rewrite beside the closest sentence its aligner was taught to say: how alike
/// the two are, and which of the questions that stock sentence answers is closest to the prompt.
/// </summary>
/// <param name="Sentence">The rewrite's sentence.</param>
/// <param name="Stock">The closest stock sentence.</param>
/// <param name="Similarity">The encoder's cosine similarity of the two.</param>
/// <param name="Question">Of the questions the stock sentence answers, the one closest to the prompt.</param>
/// <param name="QuestionSimilarity">The cosine similarity of that question and the prompt.</param>
/// <param name="Opening">The stock sentence whose opening words the rewrite's sentence shares most of
/// (word for word, case and punctuation aside), or null when it shares none; the closest in meaning
/// is not always the one a garbled sentence began.</param>
/// <param name="OpeningWords">How many opening words the two share.</param>
/// <param name="OpeningLength">How many words <paramref name="Opening"/> has: fewer shared means the
/// sentence left it before its end.</param>
public sealed record StockMatch(string Sentence, string Stock, double Similarity, string Question, double QuestionSimilarity,
    string? Opening = null, int OpeningWords = 0, int OpeningLength = 0);

/// <summary>
/// The sentences a small aligner was taught to say, each with the questions it answers. A decoder
/// trained from scratch learns its answers by heart and, shown an unseen question, may answer with
/// the stock answer of another; <see cref="Match"/> finds, for each sentence of a rewrite, the
/// closest stock sentence and how close its questions are to the prompt, so that the acceptance
/// gate can refuse an answer to another question. Thread-safe; the stock embeddings are computed
/// once, on first use.
/// </summary>
public sealed partial class StockSentences
{
    private const int MinWords = 3;
    private readonly string[] _questions;
    private readonly string[] _sentences;
    private readonly string[][] _sentenceWords;
    private readonly int[][] _owners;
    private readonly Lock _gate = new();
    private (float[][] Sentences, float[][] Questions)? _embeddings;

    private StockSentences(string[] questions, string[] sentences, int[][] owners)
    {
        _questions = questions;
        _sentences = sentences;
        _sentenceWords = [.. sentences.Select(WordsOf)];
        _owners = owners;
    }

    /// <summary>Reads the file a manifest's <c>stockSentences</c> names.</summary>
    /// <exception cref="ModelManifestException">The file is not valid JSON of the expected shape.</exception>
    public static StockSentences Load(string path, string manifestFile)
    {
        StockFile? file;
        try
        {
            file = JsonSerializer.Deserialize<StockFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            throw new ModelManifestException(manifestFile, "stockSentences", $"'{path}' is not valid JSON: {e.Message}");
        }
        if (file?.Questions is not { Count: > 0 } questions || file.Sentences is not { Count: > 0 } sentences)
        {
            throw new ModelManifestException(manifestFile, "stockSentences", $"'{path}' needs non-empty 'questions' and 'sentences'");
        }
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (string.IsNullOrWhiteSpace(s.Text) || s.Questions is not { Count: > 0 } owners || owners.Any(q => q < 0 || q >= questions.Count))
            {
                throw new ModelManifestException(manifestFile, "stockSentences",
                    $"'{path}': sentence {i} needs a text and question indexes between 0 and {questions.Count - 1}");
            }
        }
        return new StockSentences([.. questions], [.. sentences.Select(s => s.Text!)], [.. sentences.Select(s => s.Questions!.ToArray())]);
    }

    /// <summary>The sentences of <paramref name="text"/> that are long enough to tie to a question (three words or more).</summary>
    public static IReadOnlyList<string> SentencesOf(string text) =>
        [.. SentenceEnd().Split(text.Trim()).Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)];

    /// <summary>For each sentence of <paramref name="rewrite"/>, its closest stock sentence and that sentence's closest question to <paramref name="prompt"/>.</summary>
    public IReadOnlyList<StockMatch> Match(SentenceEncoder encoder, string prompt, string rewrite)
    {
        var sentences = SentencesOf(rewrite);
        if (sentences.Count == 0)
        {
            return [];
        }
        var (stock, questions) = Embeddings(encoder);
        var embedded = encoder.Embed([prompt, .. sentences]);
        var matches = new StockMatch[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var (best, similarity) = Closest(embedded[i + 1], stock, Enumerable.Range(0, stock.Length));
            var (question, questionSimilarity) = Closest(embedded[0], questions, _owners[best]);
            var (opening, shared) = LongestOpening(WordsOf(sentences[i]));
            matches[i] = new StockMatch(sentences[i], _sentences[best], Math.Round(similarity, 4), _questions[question], Math.Round(questionSimilarity, 4),
                opening < 0 ? null : _sentences[opening], shared, opening < 0 ? 0 : _sentenceWords[opening].Length);
        }
        return matches;
    }

    /// <summary>The stock sentence sharing the most opening words with <paramref name="words"/> (the first on a tie), or -1.</summary>
    private (int Index, int Shared) LongestOpening(string[] words)
    {
        var (index, most) = (-1, 0);
        for (var i = 0; i < _sentenceWords.Length; i++)
        {
            var stock = _sentenceWords[i];
            var shared = 0;
            while (shared < words.Length && shared < stock.Length && words[shared] == stock[shared])
            {
                shared++;
            }
            if (shared > most)
            {
                (index, most) = (i, shared);
            }
        }
        return (index, most);
    }

    /// <summary>The words of a sentence, lower-cased, without punctuation.</summary>
    private static string[] WordsOf(string sentence) => [.. Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant())];

    private (float[][] Sentences, float[][] Questions) Embeddings(SentenceEncoder encoder)
    {
        lock (_gate)
        {
            return _embeddings ??= (encoder.Embed(_sentences), encoder.Embed(_questions));
        }
    }

    private static (int Index, double Similarity) Closest(float[] anchor, float[][] candidates, IEnumerable<int> among)
    {
        var (index, best) = (-1, double.NegativeInfinity);
        foreach (var i in among)
        {
            var dot = 0.0;
            for (var d = 0; d < anchor.Length; d++)
            {
                dot += anchor[d] * candidates[i][d];
            }
            if (dot > best)
            {
                (index, best) = (i, dot);
            }
        }
        return (index, best);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    private sealed record StockFile(List<string>? Questions, List<StockSentence>? Sentences);

    private sealed record StockSentence(string? Text, List<int>? Questions);
}
