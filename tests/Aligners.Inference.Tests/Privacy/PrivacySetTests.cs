using Xunit.Abstractions;

namespace Aligners.Inference.Tests.Privacy;

/// <summary>The detectors against the labelled set: the targets, redaction, and the figures in docs/privacy.md.</summary>
[Trait("Category", "Unit")]
public class PrivacySetTests(ITestOutputHelper output)
{
    private const string DocBegin = "<!-- privacy-figures:begin -->";
    private const string DocEnd = "<!-- privacy-figures:end -->";

    private static readonly Lazy<PrivacyEvaluation> Evaluation = new(() => PrivacyEvaluation.Run(PrivacySet.Texts));

    [Fact]
    public void The_set_holds_at_least_300_texts_with_personal_data_and_300_look_alikes()
    {
        Assert.True(PrivacySet.Texts.Count(t => !t.IsLookAlike) >= 300);
        Assert.True(PrivacySet.Texts.Count(t => t.IsLookAlike) >= 300);
        Assert.All(PrivacySet.Texts, t => Assert.All(t.Entities, e => Assert.Contains(e.Value, t.Text)));
    }

    [Theory]
    [InlineData(PrivacyTypes.Card)]
    [InlineData(PrivacyTypes.Iban)]
    [InlineData(PrivacyTypes.Email)]
    [InlineData(PrivacyTypes.Phone)]
    [InlineData(PrivacyTypes.Ip)]
    [InlineData(PrivacyTypes.Credential)]
    [InlineData(PrivacyTypes.NationalId)]
    public void Each_type_meets_its_precision_and_recall_targets(string type)
    {
        var evaluation = Evaluation.Value;
        var counts = evaluation.ByType[type];
        output.WriteLine(evaluation.Markdown());
        output.WriteLine(string.Join("\n", evaluation.Misses.Where(m => m.Contains($" {type} ")).Take(20)));
        output.WriteLine(string.Join("\n", evaluation.FalseFindings.Where(m => m.Contains($" {type} ")).Take(20)));

        Assert.True(counts.Labelled >= 20, $"{type}: only {counts.Labelled} labelled");
        Assert.True(counts.Precision >= 0.98, $"{type}: precision {counts.Precision:0.000}");
        Assert.True(counts.Recall >= 0.95, $"{type}: recall {counts.Recall:0.000}");
    }

    [Fact]
    public void At_most_two_percent_of_look_alikes_are_flagged()
    {
        var evaluation = Evaluation.Value;
        output.WriteLine(string.Join("\n", evaluation.FalseFindings.Where(f => f.StartsWith("look-", StringComparison.Ordinal))));

        Assert.True(evaluation.FalseFlagRate <= 0.02, $"{evaluation.LookAlikesFlagged} of {evaluation.LookAlikes} look-alikes flagged");
    }

    [Theory]
    [InlineData(RedactionMode.Placeholder)]
    [InlineData(RedactionMode.Mask)]
    [InlineData(RedactionMode.Remove)]
    public void Redacting_any_text_of_the_set_leaves_nothing_to_find(RedactionMode mode)
    {
        foreach (var text in PrivacySet.Texts)
        {
            var scanner = PrivacyEvaluation.ScannerFor(text);
            var redacted = new Redactor(new PrivacyPolicy { Redaction = mode }).Redact(text.Text, scanner.Scan(text.Text));

            var again = scanner.Scan(redacted);

            Assert.True(again.Findings.Count == 0, $"{text.Id}: {again} in '{redacted}'");
            foreach (var entity in text.Entities.Where(e => PrivacyTypes.All.Contains(e.Type)))
            {
                Assert.DoesNotContain(entity.Value, redacted);
            }
        }
    }

    [Fact]
    public void Placeholders_restore_every_text_of_the_set()
    {
        foreach (var text in PrivacySet.Texts)
        {
            var vault = new PrivacyVault();
            var redacted = new Redactor(PrivacyPolicy.Default).Redact(text.Text, PrivacyEvaluation.ScannerFor(text).Scan(text.Text), vault);

            Assert.Equal(text.Text, vault.Restore(redacted));
        }
    }

    /// <summary>
    /// docs/privacy.md shows the figures this evaluation measures. Run with ALIGNERS_UPDATE_DOCS=1
    /// to rewrite them after a change to the detectors or the set.
    /// </summary>
    [Fact]
    public void The_documented_figures_are_the_measured_ones()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "privacy.md");
        var doc = File.ReadAllText(path);
        var begin = doc.IndexOf(DocBegin, StringComparison.Ordinal);
        var end = doc.IndexOf(DocEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{path} has no {DocBegin} ... {DocEnd} section");
        var measured = $"{DocBegin}\n{Evaluation.Value.Markdown().ReplaceLineEndings("\n")}{DocEnd}";
        var documented = doc[begin..(end + DocEnd.Length)];
        if (documented != measured && Environment.GetEnvironmentVariable("ALIGNERS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..begin] + measured + doc[(end + DocEnd.Length)..]);
            return;
        }

        Assert.Equal(measured, documented);
    }
}
