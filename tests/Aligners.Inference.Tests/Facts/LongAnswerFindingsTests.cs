using System.Text.Json.Nodes;

namespace Aligners.Inference.Tests.Facts;

/// <summary>
/// The checker's findings on long answers that touch every domain at once (capitals, languages,
/// currencies, elements, planets, discoveries, authors, years, records, measures, sums, chains,
/// conversions, a user's claims agreed with), written out as data: the readers share one reading
/// of the answer and the tables' indexes, and whatever is shared must not change what any reader finds.
/// </summary>
[Trait("Category", "Unit")]
public class LongAnswerFindingsTests
{
    /// <summary>The answers and their expected findings, in the order the checker reports them.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load())
        {
            data.Add((string)c!["name"]!);
        }
        return data;
    }

    private static JsonArray Load() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Facts", "Data", "long-answers.json")))!.AsArray();

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_long_answer_gets_exactly_its_written_findings(string name)
    {
        var c = Load().Single(n => (string)n!["name"]! == name)!;
        var expected = c["findings"]!.AsArray().Select(f => Line(
            (string)f!["domain"]!, (string)f["verdict"]!, (string)f["subject"]!, (string)f["claim"]!, (string)f["expected"]!, (string)f["source"]!, (int)f["start"]!)).ToList();

        var report = FactChecker.Default.Check((string)c["prompt"]!, (string)c["answer"]!);

        Assert.Equal(expected, report.Findings.Select(f => Line(f.Domain, f.Verdict, f.Subject, f.Claim, f.Expected, f.Source, f.Start)).ToList());
    }

    [Fact]
    public void Checking_the_same_answers_again_and_interleaved_gives_the_same_findings()
    {
        // What a check remembers between calls (folds of the last texts) must not leak into the next one.
        var cases = Load();
        var first = cases.Select(c => Lines((string)c!["prompt"]!, (string)c["answer"]!)).ToList();
        var again = cases.Reverse().Select(c => Lines((string)c!["prompt"]!, (string)c["answer"]!)).Reverse().ToList();

        Assert.Equal(first, again);
    }

    private static string Lines(string prompt, string answer) =>
        string.Join("\n", FactChecker.Default.Check(prompt, answer).Findings.Select(f => Line(f.Domain, f.Verdict, f.Subject, f.Claim, f.Expected, f.Source, f.Start)));

    private static string Line(string domain, string verdict, string subject, string claim, string expected, string source, int start) =>
        $"{domain} | {verdict} | {subject} | {claim} | {expected} | {source} | {start}";
}
