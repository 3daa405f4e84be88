using System.Reflection;
using System.Text.RegularExpressions;

namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class FactPatternTests
{
    /// <summary>Every pattern of the fact checker: the generated ones and any held in a static field.</summary>
    private static IEnumerable<(string Name, Regex Pattern)> Patterns()
    {
        var types = typeof(FactChecker).Assembly.GetTypes().Where(t => t.Namespace == typeof(FactChecker).Namespace);
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(statics).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
            {
                yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }
            foreach (var field in type.GetFields(statics).Where(f => f.FieldType == typeof(Regex)))
            {
                yield return ($"{type.Name}.{field.Name}", (Regex)field.GetValue(null)!);
            }
        }
    }

    /// <summary>Prompts and answers of the kinds the checker reads, with the edge cases of its patterns.</summary>
    private static readonly string[] Texts =
    [
        "How many metres are in 4.5 kilometres?", "4.5 km is 450 metres.", "How many seconds are in an hour?",
        "There are 360 seconds in an hour.", "Convert 50 degrees Fahrenheit to Celsius.", "50 °F is 20 °C.",
        "Convert -40 degrees Celsius into Fahrenheit, then 2,500 feet to metres.", "How many feet make up a mile.",
        "What temperature does water freeze at in Celsius?", "It freezes at 4 degrees Celsius, and boils at 212 °F.",
        "How much is 38 times 12?", "That comes to 446.", "What is 40 percent of 35?", "Subtract 58 from 200, please.",
        "Add 1,250 and 3.5", "What's 2,500 divided by 4?", "Sure: 7 × 8 = 54, so your answer is right; 6 x 7 is 42 and -3 - -4 = 1.",
        "12 + 30 = 42 13+4=17 2,000 / 4 = 500", "1.5x, a23, 1,234x, 1,000km, -7 and 3.25.", "Which element has the symbol Na?",
        "What does Fe stand for?", "Is the symbol Au on the table?", "the symbol is K", "Na is nitrogen.", "Which element is atomic number 79?",
        "What is element no. 8?", "Number 26 on the periodic table", "Copper is written as Co, not Cu, I think. He, Ne, Ar.",
        "Sydney is the capital of Australia, and Toronto is the capital city of Canada.", "Rio de Janeiro is the capital of the United States Of America",
        "Saturn is the sixth planet from the sun, and Jupiter is the third planet from the sun.", "What's the 3rd planet from the sun?",
        "It sank in April 1912, not 1913, and 12,1912 or 3.1912 or 21912 are no years; 2024 and 1066 are.",
        "When does the train leave?", "How much does it cost?", "Did my package arrive?", "Gabriel García Márquez wrote it in 1967.",
        "Charlotte Brontë and Washington, D.C. and Ho Chi Minh City", "There are eight planets, a dozen moons and twelve months.",
        "how many in a how many in a how many in a !", "capital of capital of Paris Is The Capital Of France",
        "how many inches are there in a foot", "How many grams in 2.5 kilos", "Convert 100 km into miles and 3 lbs to kg",
    ];

    [Fact]
    public void Every_pattern_runs_without_backtracking_or_with_a_timeout()
    {
        var patterns = Patterns().ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.True(p.Pattern.Options.HasFlag(RegexOptions.NonBacktracking) || p.Pattern.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{p.Name} can backtrack without a timeout"));
    }

    [Fact]
    public void Every_non_backtracking_pattern_finds_what_the_backtracking_engine_finds()
    {
        static string Found(Regex pattern, string text) => string.Join(" | ", pattern.Matches(text).Select(m =>
            $"{m.Index}:{m.Value} ({string.Join(", ", m.Groups.Cast<Group>().Skip(1).Select(g => g.Success ? $"{g.Index}:{g.Value}" : "-"))})"));

        foreach (var (name, pattern) in Patterns().Where(p => p.Pattern.Options.HasFlag(RegexOptions.NonBacktracking)))
        {
            var backtracking = new Regex(pattern.ToString(), pattern.Options & ~RegexOptions.NonBacktracking);
            foreach (var text in Texts)
            {
                Assert.True(Found(backtracking, text) == Found(pattern, text), $"{name} on \"{text}\": {Found(pattern, text)}, not {Found(backtracking, text)}");
            }
        }
    }
}
