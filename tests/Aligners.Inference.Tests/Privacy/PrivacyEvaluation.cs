using System.Globalization;

namespace Aligners.Inference.Tests.Privacy;

/// <summary>Per-type counts of one type over the labelled set.</summary>
internal sealed class TypeCounts
{
    public int Labelled { get; set; }
    public int Recalled { get; set; }
    public int Found { get; set; }
    public int FoundCorrect { get; set; }

    public double Precision => Found == 0 ? 1 : (double)FoundCorrect / Found;
    public double Recall => Labelled == 0 ? 1 : (double)Recalled / Labelled;
}

/// <summary>
/// Precision and recall per type, and the false-flag rate on look-alikes. A labelled occurrence is
/// recalled when a finding of its type covers all of it; a finding is correct when it overlaps a
/// labelled occurrence of its type. Every occurrence of a labelled value in its text counts.
/// </summary>
internal sealed class PrivacyEvaluation
{
    private PrivacyEvaluation()
    {
    }

    public Dictionary<string, TypeCounts> ByType { get; } = new(StringComparer.Ordinal);
    public int Texts { get; private set; }
    public int LookAlikes { get; private set; }
    public int LookAlikesFlagged { get; private set; }
    public List<string> Misses { get; } = [];
    public List<string> FalseFindings { get; } = [];

    public double FalseFlagRate => LookAlikes == 0 ? 0 : (double)LookAlikesFlagged / LookAlikes;

    /// <summary>
    /// The policy of a deployment whose users write from the United States, Canada, the United
    /// Kingdom, Germany, France, Spain, the Netherlands and Australia: the blind sets' writers were
    /// told that much (and no more) before writing, as a deployment's customers would be known.
    /// </summary>
    public static PrivacyPolicy Deployment { get; } = new() { PhoneRegion = "US", PhoneRegions = ["CA", "GB", "DE", "FR", "ES", "NL", "AU"] };

    public static PrivacyScanner ScannerFor(LabelledText text, PrivacyPolicy? policy = null)
    {
        policy ??= PrivacyPolicy.Default;
        return text.Allow.Count == 0 ? Scanners.GetOrAdd(policy, p => PrivacyScanner.Create(p)) : PrivacyScanner.Create(policy with { Allow = text.Allow });
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PrivacyPolicy, PrivacyScanner> Scanners = new(ReferenceEqualityComparer.Instance);

    public static PrivacyEvaluation Run(IReadOnlyList<LabelledText> texts, PrivacyPolicy? policy = null)
    {
        var result = new PrivacyEvaluation { Texts = texts.Count };
        foreach (var type in PrivacyTypes.All.Concat(["person", "address"]))
        {
            result.ByType[type] = new TypeCounts();
        }
        foreach (var text in texts)
        {
            var scan = ScannerFor(text, policy).Scan(text.Text);
            var occurrences = text.Entities.SelectMany(e => Occurrences(text.Text, e.Value).Select(start => (e.Type, Start: start, End: start + e.Value.Length))).ToList();
            foreach (var o in occurrences)
            {
                var counts = result.ByType[o.Type];
                counts.Labelled++;
                if (scan.Findings.Any(f => f.Type == o.Type && f.Start <= o.Start && f.Start + f.Length >= o.End))
                {
                    counts.Recalled++;
                }
                else if (PrivacyTypes.All.Contains(o.Type))
                {
                    result.Misses.Add($"{text.Id} {o.Type} '{text.Text[o.Start..o.End]}'");
                }
            }
            foreach (var f in scan.Findings)
            {
                var counts = result.ByType[f.Type];
                counts.Found++;
                if (occurrences.Any(o => o.Type == f.Type && f.Start < o.End && o.Start < f.Start + f.Length))
                {
                    counts.FoundCorrect++;
                }
                else
                {
                    result.FalseFindings.Add($"{text.Id} {f.Type} by {f.Detector} '{f.Value}'");
                }
            }
            if (text.IsLookAlike)
            {
                result.LookAlikes++;
                result.LookAlikesFlagged += scan.Flagged() ? 1 : 0;
            }
        }
        return result;
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    /// <summary>The report's table: one row per type, then the false-flag rate.</summary>
    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("| type | labelled | found | precision | recall |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (type, c) in ByType)
        {
            var detected = PrivacyTypes.All.Contains(type);
            md.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {c.Labelled} | {c.Found} | {(detected ? c.Precision.ToString("0.000", CultureInfo.InvariantCulture) : "-")} | {(detected ? c.Recall.ToString("0.000", CultureInfo.InvariantCulture) : "not detected (0.000)")} |");
        }
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Look-alike texts flagged: {LookAlikesFlagged} of {LookAlikes} ({FalseFlagRate:0.0%}).");
        return md.ToString();
    }
}
