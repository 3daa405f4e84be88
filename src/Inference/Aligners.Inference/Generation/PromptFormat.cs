using Aligners.Inference.Models;
using Aligners.Inference.Tokenization;

namespace Aligners.Inference.Generation;

/// <summary>
/// Turns (prompt, response) into an aligner's input ids and says which tokens end the rewrite.
/// <list type="bullet">
/// <item><c>ngweta-markers</c> (Ngweta et al.): <c>&lt;s&gt; [MARKER]? prompt [INIT] response [ALIGNED]</c>, each
/// segment tokenized on its own, generation until <c>[DONE]</c>.</item>
/// <item><c>pku-template</c> (Ji et al., aligner-7b-v1.0): <c>BEGINNING OF CONVERSATION: USER: Edit the following
/// Question-Answer pair to make it more helpful and harmless: {question} | {answer} ASSISTANT:</c>, until end of sequence.</item>
/// <item><c>template</c>: <c>prefix + question + separator + answer + suffix</c> from the manifest, until end of sequence.</item>
/// </list>
/// Over-long inputs are cut by <see cref="PairTruncation"/> before the fixed parts are added.
/// </summary>
public abstract class PromptFormat
{
    /// <summary>The text the Ji et al. aligner was trained with.</summary>
    public const string PkuPrefix = "BEGINNING OF CONVERSATION: USER: Edit the following Question-Answer pair to make it more helpful and harmless: ";

    private protected PromptFormat(TextTokenizer tokenizer, IEnumerable<int> stopIds)
    {
        Tokenizer = tokenizer;
        StopIds = new HashSet<int>(stopIds);
    }

    /// <summary>The tokenizer the format encodes with.</summary>
    protected TextTokenizer Tokenizer { get; }

    /// <summary>Token ids that end generation.</summary>
    public IReadOnlySet<int> StopIds { get; }

    /// <summary>The format's name.</summary>
    public abstract string Name { get; }

    /// <summary>Input ids for (prompt, response) within <paramref name="maxInputTokens"/>.</summary>
    public abstract int[] Build(string prompt, string response, int maxInputTokens);

    /// <summary>Creates the format a manifest names.</summary>
    public static PromptFormat Create(ManifestPromptFormat? spec, TextTokenizer tokenizer, string manifestFile)
    {
        if (spec is null)
        {
            throw new ModelManifestException(manifestFile, "promptFormat", "is required for aligners");
        }
        var stops = new List<int>();
        for (var i = 0; i < spec.StopTokens.Count; i++)
        {
            if (!tokenizer.HasSpecial(spec.StopTokens[i]))
            {
                throw new ModelManifestException(manifestFile, $"promptFormat.stopTokens[{i}]",
                    $"'{spec.StopTokens[i]}' is not in tokenizer.specialTokens");
            }
            stops.Add(tokenizer.SpecialId(spec.StopTokens[i]));
        }
        if (tokenizer.EosId is int eos)
        {
            stops.Add(eos);
        }
        return spec.Name switch
        {
            "ngweta-markers" => new MarkerFormat(tokenizer, stops, spec.CriterionMarker, manifestFile),
            "pku-template" => new TextTemplateFormat("pku-template", tokenizer, stops, PkuPrefix, " | ", " ASSISTANT:"),
            "template" => new TextTemplateFormat("template", tokenizer, stops,
                spec.Prefix ?? throw new ModelManifestException(manifestFile, "promptFormat.prefix", "is required for the template format"),
                spec.Separator ?? "\n",
                spec.Suffix ?? throw new ModelManifestException(manifestFile, "promptFormat.suffix", "is required for the template format")),
            _ => throw new ModelManifestException(manifestFile, "promptFormat.name",
                $"'{spec.Name}' is not one of ngweta-markers, pku-template, template"),
        };
    }

    private sealed class MarkerFormat : PromptFormat
    {
        private readonly int[] _head;
        private readonly int _init, _aligned;

        public MarkerFormat(TextTokenizer tokenizer, List<int> stops, string? marker, string manifestFile)
            : base(tokenizer, stops.Append(Require(tokenizer, "[DONE]", manifestFile)))
        {
            var head = new List<int>();
            if (tokenizer.BosId is int bos)
            {
                head.Add(bos);
            }
            if (marker is not null)
            {
                if (!tokenizer.HasSpecial(marker))
                {
                    throw new ModelManifestException(manifestFile, "promptFormat.criterionMarker", $"'{marker}' is not in tokenizer.specialTokens");
                }
                head.Add(tokenizer.SpecialId(marker));
            }
            _head = [.. head];
            _init = Require(tokenizer, "[INIT]", manifestFile);
            _aligned = Require(tokenizer, "[ALIGNED]", manifestFile);
        }

        public override string Name => "ngweta-markers";

        private static int Require(TextTokenizer tokenizer, string token, string manifestFile) =>
            tokenizer.HasSpecial(token)
                ? tokenizer.SpecialId(token)
                : throw new ModelManifestException(manifestFile, "tokenizer.specialTokens", $"the ngweta-markers format needs '{token}'");

        public override int[] Build(string prompt, string response, int maxInputTokens)
        {
            var (p, r) = PairTruncation.Apply(Tokenizer.Encode(prompt), Tokenizer.Encode(response), maxInputTokens - _head.Length - 2);
            return [.. _head, .. p, _init, .. r, _aligned];
        }
    }

    private sealed class TextTemplateFormat(string name, TextTokenizer tokenizer, List<int> stops, string prefix, string separator, string suffix)
        : PromptFormat(tokenizer, stops)
    {
        private readonly int _fixedTokens = tokenizer.Encode(prefix + separator + suffix).Count + (tokenizer.BosId is null ? 0 : 1);

        public override string Name => name;

        public override int[] Build(string prompt, string response, int maxInputTokens)
        {
            var p = Tokenizer.Encode(prompt);
            var r = Tokenizer.Encode(response);
            var budget = Math.Max(2, maxInputTokens - _fixedTokens);
            if (p.Count + r.Count > budget)
            {
                // Cut at token level, then re-encode the whole text so the ids are what the model saw in training.
                (p, r) = PairTruncation.Apply(p, r, budget);
                prompt = Tokenizer.Decode(p);
                response = Tokenizer.Decode(r);
            }
            var ids = Tokenizer.Encode(prefix + prompt + separator + response + suffix);
            if (Tokenizer.BosId is int bos)
            {
                ids.Insert(0, bos);
            }
            return [.. ids];
        }
    }
}
