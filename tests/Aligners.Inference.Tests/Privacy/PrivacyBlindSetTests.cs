using Aligners.Testing;

namespace Aligners.Inference.Tests.Privacy;

/// <summary>
/// The blind privacy set's figures, as docs/privacy.md reports them. They are measured and
/// reported, not held to the targets: the set exists to show how the rules fare on text their
/// author did not write, and a rule tuned until it passed would spoil it.
/// </summary>
public class PrivacyBlindSetTests
{
    private const string DocBegin = "<!-- privacy-blind-figures:begin -->";
    private const string DocEnd = "<!-- privacy-blind-figures:end -->";

    private static readonly Lazy<PrivacyEvaluation> Evaluation = new(() => PrivacyEvaluation.Run(PrivacySet.Load(PrivacySet.BlindPath), PrivacyEvaluation.Deployment));

    [Fact]
    public void Every_labelled_value_stands_in_its_text()
    {
        var texts = PrivacySet.Load(PrivacySet.BlindPath);

        Assert.True(texts.Count >= 300, $"{texts.Count} texts");
        Assert.All(texts, t => Assert.All(t.Entities, e => Assert.Contains(e.Value, t.Text)));
    }

    /// <summary>Run with ALIGNERS_UPDATE_DOCS=1 to rewrite the figures after a change to the detectors.</summary>
    [Fact]
    public void The_documented_blind_figures_are_the_measured_ones()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "privacy.md");
        var doc = File.ReadAllText(path);
        var begin = doc.IndexOf(DocBegin, StringComparison.Ordinal);
        var end = doc.IndexOf(DocEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{path} has no {DocBegin} ... {DocEnd} section");
        var e = Evaluation.Value;
        var misses = string.Join("\n", e.Misses.Concat(e.FalseFindings).Select(m => $"- {m}"));
        var measured = $"{DocBegin}\n{e.Markdown().ReplaceLineEndings("\n")}\n{(misses.Length > 0 ? misses + "\n" : "")}{DocEnd}";
        var documented = doc[begin..(end + DocEnd.Length)];
        if (documented != measured && Environment.GetEnvironmentVariable("ALIGNERS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..begin] + measured + doc[(end + DocEnd.Length)..]);
            return;
        }

        Assert.Equal(measured, documented);
    }
}
