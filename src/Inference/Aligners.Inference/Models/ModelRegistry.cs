using Aligners.Inference.Embedding;
using Aligners.Inference.Execution;
using Aligners.Inference.Generation;
using Aligners.Inference.Inspection;
using Aligners.Inference.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace Aligners.Inference.Models;

/// <summary>A loaded model, for listings.</summary>
public sealed record ModelInfo(string Name, ModelKind Kind, string Criterion, string Sha256, string ManifestPath, string? Description);

/// <summary>
/// Every model under a models directory, loaded and validated once: each <c>model.json</c> is
/// checked (fields, files, SHA-256, graph I/O names, tokenizer) and the first problem stops the
/// load with an error naming the file and the field. Sessions are shared between manifests that
/// point at the same ONNX file (the bundled aligners share one decoder).
/// </summary>
public sealed class ModelRegistry : IDisposable
{
    private readonly List<InferenceSession> _sessions;
    private readonly List<TextTokenizer> _tokenizers;
    private readonly Dictionary<string, Inspector> _inspectors;
    private readonly Dictionary<string, Aligner> _aligners;

    private ModelRegistry(List<InferenceSession> sessions, List<TextTokenizer> tokenizers, Dictionary<string, Inspector> inspectors,
        Dictionary<string, Aligner> aligners, List<ModelInfo> models, string directory, EmbeddingFeatures? features)
    {
        Features = features;
        _sessions = sessions;
        _tokenizers = tokenizers;
        _inspectors = inspectors;
        _aligners = aligners;
        Models = models;
        Directory = directory;
    }

    /// <summary>The sentence-embedding features the embedding inspectors share, or null when no inspector reads them.</summary>
    public EmbeddingFeatures? Features { get; }

    /// <summary>The directory the models came from.</summary>
    public string Directory { get; }

    /// <summary>Every model, ordered by name.</summary>
    public IReadOnlyList<ModelInfo> Models { get; }

    /// <summary>Criteria that have an inspector, ordered by name.</summary>
    public IReadOnlyList<string> Criteria => [.. _inspectors.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Inspectors by criterion.</summary>
    public IReadOnlyDictionary<string, Inspector> Inspectors => _inspectors;

    /// <summary>Aligners by criterion.</summary>
    public IReadOnlyDictionary<string, Aligner> Aligners => _aligners;

    /// <summary>The inspector of <paramref name="criterion"/>.</summary>
    public Inspector GetInspector(string criterion) =>
        _inspectors.TryGetValue(criterion, out var i) ? i : throw new InferenceException($"no inspector for criterion '{criterion}'");

    /// <summary>The aligner of <paramref name="criterion"/>.</summary>
    public Aligner GetAligner(string criterion) =>
        _aligners.TryGetValue(criterion, out var a) ? a : throw new InferenceException($"no aligner for criterion '{criterion}'");

    /// <summary>
    /// Loads and validates every <c>model.json</c> below <paramref name="directory"/>. Inspectors that
    /// read sentence embeddings share one encoder, from <paramref name="encoder"/> (by default the
    /// packaged all-MiniLM-L6-v2 next to the binaries), loaded on first use.
    /// </summary>
    /// <exception cref="InferenceException">The directory holds no manifests, or one fails validation.</exception>
    public static ModelRegistry Load(string directory, ExecutionOptions execution, Func<SentenceEncoder>? encoder = null)
    {
        var root = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(root))
        {
            throw new InferenceException($"models directory '{root}' does not exist (setting Models:Directory)");
        }
        var files = System.IO.Directory.GetFiles(root, "model.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InferenceException($"models directory '{root}' holds no model.json");
        }

        var sessions = new Dictionary<string, InferenceSession>();
        var hashes = new Dictionary<string, string>();
        var inspectors = new Dictionary<string, Inspector>();
        var aligners = new Dictionary<string, Aligner>();
        var origin = new Dictionary<string, string>();
        var stocks = new Dictionary<string, StockSentences>();
        var models = new List<ModelInfo>();
        var tokenizers = new List<TextTokenizer>();
        EmbeddingFeatures? features = null;
        try
        {
            foreach (var file in files)
            {
                var m = ManifestValidator.Read(file);
                var onnx = ManifestValidator.CheckFields(m, file);
                if (origin.TryGetValue(m.Name, out var other))
                {
                    throw new ModelManifestException(file, "name", $"'{m.Name}' is also the name in {other}");
                }
                origin[m.Name] = file;
                ManifestValidator.CheckHash(m, file, onnx, hashes);
                var readsEmbeddings = m.InputFormat == Inspector.SentenceEmbeddings;
                var tokenizer = readsEmbeddings ? null : TokenizerLoader.Load(m.Tokenizer, Path.GetDirectoryName(file)!, file);
                if (tokenizer is not null)
                {
                    tokenizers.Add(tokenizer);
                }
                if (readsEmbeddings)
                {
                    features ??= new EmbeddingFeatures(encoder ?? (() => SentenceEncoder.Load(AppContext.BaseDirectory, execution)));
                }
                if (!sessions.TryGetValue(onnx, out var session))
                {
                    session = SessionFactory.Create(onnx, execution);
                    sessions[onnx] = session;
                }
                if (m.ParsedKind == ModelKind.Inspector)
                {
                    ManifestValidator.CheckGraph(m, file, session, [], []);
                    AddUnique(inspectors, m.Criterion, new Inspector(m, session, tokenizer, file, features), file, "inspector");
                }
                else
                {
                    // Aligners sharing a decoder share its stock sentences, and their embeddings.
                    StockSentences? stock = null;
                    if (m.StockSentences is { } stockFile)
                    {
                        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, stockFile));
                        stock = stocks.TryGetValue(path, out var loaded) ? loaded : stocks[path] = StockSentences.Load(path, file);
                    }
                    var aligner = new Aligner(m, session, tokenizer ?? throw new ModelManifestException(file, "tokenizer", "an aligner needs one"), file,
                        SessionFactory.CacheMemory(execution), stock);
                    ManifestValidator.CheckGraph(m, file, session, aligner.Decoder.CacheInputNames, aligner.Decoder.CacheOutputNames);
                    AddUnique(aligners, m.Criterion, aligner, file, "aligner");
                }
                models.Add(new ModelInfo(m.Name, m.ParsedKind, m.Criterion, m.Sha256.ToLowerInvariant(), file, m.Description));
            }
        }
        catch
        {
            foreach (var s in sessions.Values)
            {
                s.Dispose();
            }
            tokenizers.ForEach(t => t.Dispose());
            features?.Dispose();
            throw;
        }
        return new ModelRegistry([.. sessions.Values], tokenizers, inspectors, aligners, [.. models.OrderBy(m => m.Name, StringComparer.Ordinal)], root,
            features);
    }

    private static void AddUnique<T>(Dictionary<string, T> map, string criterion, T model, string file, string kind)
    {
        if (!map.TryAdd(criterion, model))
        {
            throw new ModelManifestException(file, "criterion", $"a second {kind} for criterion '{criterion}'");
        }
    }

    /// <summary>Releases every session and tokenizer.</summary>
    public void Dispose()
    {
        foreach (var s in _sessions)
        {
            s.Dispose();
        }
        _sessions.Clear();
        _tokenizers.ForEach(t => t.Dispose());
        _tokenizers.Clear();
        Features?.Dispose();
    }
}
