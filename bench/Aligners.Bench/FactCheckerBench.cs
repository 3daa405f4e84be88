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

    /// <summary>A 300-word answer dense with the claims the checker reads: capitals in a list, elements, discoveries, records, measures, arithmetic and conversions.</summary>
    private const string Dense =
        "Here is a quick summary for your quiz. Capitals: 1. France – Paris 2. Germany – Berlin 3. Australia – Canberra 4. Canada – Ottawa "
        + "5. Japan – Tokyo. The official language of Brazil is Portuguese, and Japan uses the yen while Switzerland uses the Swiss franc. "
        + "Egypt is a country in Africa. On the periodic table, gold (Au), silver (Ag), iron (Fe) and sodium (Na) are common examples; mercury "
        + "is a liquid at room temperature and carbon has atomic number 6. Alexander Graham Bell invented the telephone in 1876, Alexander "
        + "Fleming discovered penicillin in 1928, and Tim Berners-Lee invented the World Wide Web in 1989. Charles Darwin formulated the theory "
        + "of evolution by natural selection, and Albert Einstein published special relativity in 1905. The Berlin Wall was built in 1961 and "
        + "fell in 1989, and World War II ended in 1945. Mount Everest is the highest mountain in the world and Kilimanjaro is the highest "
        + "mountain in Africa; the Amazon is the longest river in South America and the hardest natural mineral is diamond. Neptune is the "
        + "farthest planet from the sun, and Titan is a moon of Saturn. An adult human has 206 bones and the heart has four chambers. Light "
        + "travels at about 300,000 km per second, while sound moves at roughly 343 m/s in air. For the bill: a 15% tip on $80 is $12, so the "
        + "total is $92. Split four ways, that's $23 each. There are 24 × 60 × 60 = 86,400 seconds in a day. 5 miles is roughly 8 km and "
        + "100°F works out to about 38°C. 97 is a prime number and the square root of 144 is 12. Good luck with the quiz, and let me know if "
        + "you want more questions on geography, chemistry or history for next week.";

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
        // The 300-word answer, and the same answer two and four times over (inside the examined length): linear means the same cost per 1,000 characters.
        var dense = new JsonObject { ["words"] = Dense.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, ["chars"] = Dense.Length };
        var samples = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            checker.Check("Can you check my quiz notes?", Dense);
        }
        for (var i = 0; i < 201; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            checker.Check("Can you check my quiz notes?", Dense);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        dense["p50Ms"] = Math.Round(samples[samples.Count / 2], 3);
        dense["p95Ms"] = Math.Round(samples[(int)(samples.Count * 0.95)], 3);
        var perThousand = new JsonObject();
        foreach (var times in new[] { 1, 2, 4 })
        {
            var text = string.Join(' ', Enumerable.Repeat(Dense, times));
            var seconds = Measure.MedianSeconds(() => checker.Check("Can you check my quiz notes?", text));
            perThousand[$"x{times} ({text.Length} chars, {Math.Min(text.Length, FactChecker.MaxExaminedLength)} read)"] =
                Math.Round(seconds * 1000 / Math.Min(text.Length, FactChecker.MaxExaminedLength) * 1000, 3);
        }
        dense["msPer1000CharsRead"] = perThousand;
        return new JsonObject
        {
            ["denseAnswer300Words"] = dense,
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
