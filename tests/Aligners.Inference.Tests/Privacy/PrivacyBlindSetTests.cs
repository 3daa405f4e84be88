namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// The blind privacy sets' figures, as docs/privacy.md reports them. They are measured and
/// reported, not held to the targets: a set exists to show how the rules fare on text their
/// author did not write, and a rule tuned until it passed would spoil it. Each set's misses
/// informed the rules that followed it, so a set is blind only until its first measurement.
/// </summary>
[Trait("Category", "Unit")]
public class PrivacyBlindSetTests
{
    /// <summary>Every blind set under training/eval and the marker of its figures in docs/privacy.md; a new set is one more line.</summary>
    public static TheoryData<string, string> Sets => new()
    {
        { "privacy-blind.jsonl", "privacy-blind-figures" },
        { "privacy-blind-2.jsonl", "privacy-blind-2-figures" },
        { "privacy-blind-3.jsonl", "privacy-blind-3-figures" },
        { "privacy-blind-4.jsonl", "privacy-blind-4-figures" },
        { "privacy-blind-5.jsonl", "privacy-blind-5-figures" },
        { "privacy-blind-6.jsonl", "privacy-blind-6-figures" },
        { "privacy-blind-7.jsonl", "privacy-blind-7-figures" },
        { "privacy-blind-8.jsonl", "privacy-blind-8-figures" },
        { "privacy-blind-9.jsonl", "privacy-blind-9-figures" },
        { "privacy-blind-10.jsonl", "privacy-blind-10-figures" },
        { "privacy-blind-11.jsonl", "privacy-blind-11-figures" },
        { "privacy-blind-12.jsonl", "privacy-blind-12-figures" },
        { "privacy-blind-13.jsonl", "privacy-blind-13-figures" },
        { "privacy-blind-14.jsonl", "privacy-blind-14-figures" },
        { "privacy-blind-15.jsonl", "privacy-blind-15-figures" },
        { "privacy-blind-16.jsonl", "privacy-blind-16-figures" },
        { "privacy-blind-17.jsonl", "privacy-blind-17-figures" },
        { "privacy-blind-18.jsonl", "privacy-blind-18-figures" },
        { "privacy-blind-19.jsonl", "privacy-blind-19-figures" },
        { "privacy-blind-20.jsonl", "privacy-blind-20-figures" },
        { "privacy-blind-21.jsonl", "privacy-blind-21-figures" },
        { "privacy-blind-22.jsonl", "privacy-blind-22-figures" },
    };

    private static string PathOf(string file) => Path.Combine(RepositoryPaths.Root, "training", "eval", file);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_labelled_value_stands_in_its_text(string file, string marker)
    {
        var texts = PrivacySet.Load(PathOf(file));

        Assert.True(texts.Count >= 300, $"{file}: {texts.Count} texts ({marker})");
        Assert.All(texts, t => Assert.All(t.Entities, e => Assert.Contains(e.Value, t.Text)));
    }

    /// <summary>Run with ALIGNERS_UPDATE_DOCS=1 to rewrite the figures after a change to the detectors.</summary>
    [Theory]
    [MemberData(nameof(Sets))]
    public void The_documented_blind_figures_are_the_measured_ones(string file, string marker)
    {
        string begin = $"<!-- {marker}:begin -->", end = $"<!-- {marker}:end -->";
        var path = Path.Combine(RepositoryPaths.Root, "docs", "privacy.md");
        var doc = File.ReadAllText(path);
        var from = doc.IndexOf(begin, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{path} has no {begin} ... {end} section");
        var e = PrivacyEvaluation.Run(PrivacySet.Load(PathOf(file)), PrivacyEvaluation.Deployment);
        var misses = string.Join("\n", e.Misses.Concat(e.FalseFindings).Select(m => $"- {m}"));
        var measured = $"{begin}\n{e.Markdown().ReplaceLineEndings("\n")}\n{(misses.Length > 0 ? misses + "\n" : "")}{end}";
        var documented = doc[from..(to + end.Length)];
        if (documented != measured && Environment.GetEnvironmentVariable("ALIGNERS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..from] + measured + doc[(to + end.Length)..]);
            return;
        }

        Assert.Equal(measured, documented);
    }
}
