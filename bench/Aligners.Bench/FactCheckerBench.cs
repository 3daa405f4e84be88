using System.Text;
using System.Text.Json.Nodes;
using Aligners.Inference.Facts;

namespace Aligners.Bench;

/// <summary>
/// The fact checker's cost by text length: ordinary text (the golden prompts and answers run
/// together) and texts built to make a backtracking pattern try every split of them. Past
/// <see cref="FactChecker.MaxExaminedLength"/> an answer is cut and a prompt is not read, so the
/// cost should level off there; below it, it should grow with the length and no faster.
/// </summary>
internal static class FactCheckerBench
{
    private static readonly int[] Lengths = [1_000, 10_000, 100_000];

    public static JsonObject Run(string goldenDir)
    {
        var golden = Golden.Pairs(goldenDir);
        var prompts = string.Join(' ', golden.Select(g => g.Prompt));
        var answers = string.Join(' ', golden.Select(g => g.Response));
        const string question = "What is the capital of Australia, and how many metres are in a mile?";
        // Each input at a length: the prompt and the answer.
        var inputs = new (string Name, Func<int, (string Prompt, string Answer)> Make)[]
        {
            ("ordinary answer", n => (question, Cut(answers, n))),
            ("ordinary prompt", n => (Cut(prompts, n), "Canberra, and 1609.344 metres.")),
            ("how many in a (prompt)", n => (Repeat("how many in a ", n, "!"), "About 12.")),
            ("capitalised words (answer)", n => ("Tell me about Europe.", Repeat("Paris Is The Capital Of ", n, "1"))),
            ("digits (prompt)", n => (Repeat("1234567890", n, "x"), "12")),
            ("names after a capital question (answer)", n => ("What is the capital of France?", Repeat("Rio, ", n, ""))),
        };
        var checker = FactChecker.Default;
        var ms = new JsonObject();
        foreach (var (name, make) in inputs)
        {
            var byLength = new JsonObject();
            foreach (var length in Lengths)
            {
                var (prompt, answer) = make(length);
                byLength[length.ToString()] = Math.Round(Measure.MedianSeconds(() => checker.Check(prompt, answer)) * 1000, 3);
            }
            ms[name] = byLength;
        }
        var perPair = Measure.MedianSeconds(() =>
        {
            foreach (var (prompt, response) in golden)
            {
                checker.Check(prompt, response);
            }
        }) / golden.Count;
        return new JsonObject
        {
            ["maxExaminedLength"] = FactChecker.MaxExaminedLength,
            ["goldenPairs"] = golden.Count,
            ["goldenPairMs"] = Math.Round(perPair * 1000, 3),
            ["msByLength"] = ms,
        };
    }

    /// <summary><paramref name="text"/> repeated as needed and cut to <paramref name="length"/> characters.</summary>
    private static string Cut(string text, int length) => Repeat(text + " ", length, "");

    /// <summary><paramref name="piece"/> repeated, then <paramref name="end"/>: <paramref name="length"/> characters in all.</summary>
    private static string Repeat(string piece, int length, string end)
    {
        var sb = new StringBuilder(length);
        while (sb.Length < length - end.Length)
        {
            sb.Append(piece);
        }
        return sb.ToString(0, length - end.Length) + end;
    }
}
