namespace Aligners.Inference.Tests.Facts;

[Trait("Category", "Unit")]
public class FactCheckerAdversarialInputTests
{
    /// <summary>The longest text the inference server accepts (Limits:MaxCharactersPerText).</summary>
    private const int Length = 100_000;

    /// <summary>
    /// Generous: the check takes milliseconds; before the patterns were bounded the first case took
    /// hours (its cost grew with the cube of the length: 11 s at 11,000 characters). The bound tells
    /// those two apart, not fast from slow: on a machine loaded twenty times over its cores, with the
    /// other test classes running beside this one, 5 s was once too little for a first call.
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="start"/>, <paramref name="piece"/> repeated, and <paramref name="end"/>: <paramref name="length"/> characters in all.</summary>
    private static string Repeat(string piece, int length, string start = "", string end = "")
    {
        var sb = new StringBuilder(start, length);
        while (sb.Length < length - end.Length)
        {
            sb.Append(piece);
        }
        return sb.ToString(0, length - end.Length) + end;
    }

    /// <summary>Each case's prompt and answer at a given length.</summary>
    private static readonly Dictionary<string, Func<int, (string Prompt, string Answer)>> Cases = new()
    {
        // A question pattern whose lazy groups each try every split of the text, and an end that
        // never lets it match.
        ["how many in a"] = n => (Repeat("how many in a ", n, end: "!"), "About 12."),
        ["how many are there in"] = n => (Repeat("how many metres are there in ", n, end: "1"), "1000 metres."),
        ["convert"] = n => (Repeat("12 degrees to ", n, end: "1"), "It is 12 °C."),
        ["capital of, lower case"] = n => ("Tell me about Europe.", Repeat("capital of ", n)),
        ["capitalised words"] = n => ("Tell me about Europe.", Repeat("Paris Is The Capital Of ", n, end: "1")),
        ["capital asked, names"] = n => ("What is the capital of France?", Repeat("Rio, ", n)),
        ["capital asked, capital after each name"] = n => ("What is the capital of France?", Repeat("Rio capital ", n)),
        ["digits in the prompt"] = n => (Repeat("1234567890", n, end: "x"), "12"),
        ["digits in the answer"] = n => ("What is 3 plus 4?", Repeat("1234567890", n, end: "x")),
        ["thousands groups"] = n => ("What is 3 percent of 4?", Repeat("1,234", n, end: "x")),
        ["equations"] = n => ("Check this.", Repeat("1 + 2 = ", n, end: "x")),
        ["percent"] = n => (Repeat("12 percent ", n, end: "x"), "5"),
        ["symbols"] = n => (Repeat("Fe ", n, start: "What is the symbol "), Repeat("I ", n)),
        ["element symbol tokens"] = n => ("What's the chemical symbol for copper?", Repeat("I I. ", n)),
        ["planet orders"] = n => ("Which planet is fourth from the sun?", Repeat("Mars is the fourth planet from the ", n)),
        ["years"] = n => ("When did the Titanic sink?", Repeat("1912,", n)),
        ["whitespace"] = n => (Repeat(" ", n, start: "how many", end: "!"), Repeat(" ", n)),
        ["water"] = n => (Repeat("water boils at how many degrees fahrenheit ", n), Repeat("212 ", n)),
    };

    /// <summary>
    /// Every case at the longest length read for claims, where the patterns run on all of it, and
    /// at the longest text the server accepts.
    /// </summary>
    public static TheoryData<string, int> Inputs
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var name in Cases.Keys)
            {
                data.Add(name, FactChecker.MaxExaminedLength);
                data.Add(name, Length);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task An_adversarial_text_of_up_to_a_hundred_thousand_characters_is_checked_in_bounded_time(string name, int length)
    {
        var (prompt, answer) = Cases[name](length);
        // On a worker thread, so a check that would run for hours fails the test at the bound
        // instead of hanging the run.
        var check = Task.Run(() => FactChecker.Default.Check(prompt, answer));

        var first = await Task.WhenAny(check, Task.Delay(Bound));
        Assert.True(first == check, $"{name} at {length} characters: not done in {Bound.TotalSeconds} s");
        await check;
    }
}
