using System.Text.Json;
using System.Text.Json.Nodes;
using HfTokenizer = Tokenizers.DotNet.Tokenizer;

namespace Aligners.Inference.Tokenization;

/// <summary>
/// A Hugging Face <c>tokenizer.json</c> (byte-level BPE as GPT-2 and Llama 3 ship, SentencePiece-style
/// BPE or Unigram as Llama 2 and Mistral ship, WordPiece as BERT ships), run by Hugging Face's own
/// Rust library through Tokenizers.DotNet so the ids are exactly those Python's transformers gives.
/// </summary>
/// <remarks>
/// Tokenizers.DotNet always applies the file's post-processor (Llama's leading <c>&lt;s&gt;</c>,
/// BERT's <c>[CLS] … [SEP]</c>). The prompt and pair formats place special tokens themselves, so the
/// post-processor's tokens are measured once on an empty and a one-word text and cut off every encoding.
/// </remarks>
internal sealed class HuggingFaceTokenizerCodec : ITokenCodec
{
    private readonly HfTokenizer _inner;
    private readonly int _leading, _trailing;

    private HuggingFaceTokenizerCodec(HfTokenizer inner, Dictionary<string, int> vocabulary)
    {
        _inner = inner;
        Vocabulary = vocabulary;
        var added = Ids("");
        var probe = Ids("a");
        while (_leading < added.Length && _leading < probe.Length && probe[_leading] == added[_leading])
        {
            _leading++;
        }
        _trailing = added.Length - _leading;
    }

    public IReadOnlyDictionary<string, int>? Vocabulary { get; }

    /// <summary>Loads <paramref name="path"/>; the message of any failure names the file.</summary>
    /// <exception cref="InvalidDataException">The file is not a tokenizer.json the library reads.</exception>
    public static HuggingFaceTokenizerCodec Load(string path)
    {
        Dictionary<string, int> vocabulary;
        try
        {
            vocabulary = ReadVocabulary(JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException("is not a JSON object"));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a tokenizer.json: {e.Message}", e);
        }
        HfTokenizer inner;
        try
        {
            inner = new HfTokenizer(path);
        }
        catch (Exception e)
        {
            throw new InvalidDataException($"'{path}' is not a tokenizer.json Hugging Face's tokenizers library reads: {e.Message}", e);
        }
        return new HuggingFaceTokenizerCodec(inner, vocabulary);
    }

    /// <summary>
    /// A BERT <c>vocab.txt</c>, run as the <c>tokenizer.json</c> transformers' <c>BertTokenizerFast</c>
    /// builds from it (BERT normalizer and pre-tokenizer, WordPiece with <c>##</c> continuations), so the
    /// ids match Python's exactly, unknown symbols such as emoji included.
    /// </summary>
    /// <exception cref="InvalidDataException">The vocabulary is empty or lacks the unknown token.</exception>
    public static HuggingFaceTokenizerCodec FromWordPieceVocabulary(string vocabPath, bool lowerCase, string unknownToken)
    {
        var vocab = new JsonObject();
        var id = 0;
        foreach (var line in File.ReadLines(vocabPath))
        {
            vocab[line.TrimEnd('\r')] = id++;
        }
        if (!vocab.ContainsKey(unknownToken))
        {
            throw new InvalidDataException($"'{vocabPath}' has no unknown token '{unknownToken}'");
        }
        string[] specials = ["[PAD]", unknownToken, "[CLS]", "[SEP]", "[MASK]"];
        var added = new JsonArray([.. specials.Distinct().Where(vocab.ContainsKey).Select(t => (JsonNode)new JsonObject
        {
            ["id"] = vocab[t]!.GetValue<int>(), ["content"] = t, ["single_word"] = false, ["lstrip"] = false,
            ["rstrip"] = false, ["normalized"] = false, ["special"] = true,
        })]);
        var json = new JsonObject
        {
            ["version"] = "1.0",
            ["added_tokens"] = added,
            ["normalizer"] = new JsonObject
            {
                ["type"] = "BertNormalizer", ["clean_text"] = true, ["handle_chinese_chars"] = true,
                ["strip_accents"] = null, ["lowercase"] = lowerCase,
            },
            ["pre_tokenizer"] = new JsonObject { ["type"] = "BertPreTokenizer" },
            ["post_processor"] = null,
            ["decoder"] = new JsonObject { ["type"] = "WordPiece", ["prefix"] = "##", ["cleanup"] = true },
            ["model"] = new JsonObject
            {
                ["type"] = "WordPiece", ["unk_token"] = unknownToken, ["continuing_subword_prefix"] = "##",
                ["max_input_chars_per_word"] = 100, ["vocab"] = vocab,
            },
        };
        // The native library reads only files: the derived tokenizer.json lives as long as the load.
        var file = Path.Combine(Path.GetTempPath(), $"aligners-wordpiece-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, json.ToJsonString());
            return Load(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public IReadOnlyList<int> Encode(string text)
    {
        var ids = Ids(text);
        return ids.AsSpan(_leading, Math.Max(0, ids.Length - _leading - _trailing)).ToArray();
    }

    public string Decode(IEnumerable<int> ids) => _inner.Decode([.. ids.Select(i => (uint)i)]);

    public void Dispose() => _inner.Dispose();

    private int[] Ids(string text) => Array.ConvertAll(_inner.Encode(text), i => (int)i);

    /// <summary>The model's vocabulary and the added tokens, token text to id.</summary>
    private static Dictionary<string, int> ReadVocabulary(JsonObject root)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        switch (root["model"]?["vocab"])
        {
            case JsonObject map: // BPE, WordPiece, WordLevel: token -> id
                foreach (var (token, id) in map)
                {
                    result[token] = id!.GetValue<int>();
                }
                break;
            case JsonArray pieces: // Unigram: [piece, score] in id order
                for (var i = 0; i < pieces.Count; i++)
                {
                    result[pieces[i]![0]!.GetValue<string>()] = i;
                }
                break;
            default:
                throw new InvalidDataException("it has no model.vocab");
        }
        foreach (var token in root["added_tokens"]?.AsArray() ?? [])
        {
            result[token!["content"]!.GetValue<string>()] = token["id"]!.GetValue<int>();
        }
        return result;
    }
}
