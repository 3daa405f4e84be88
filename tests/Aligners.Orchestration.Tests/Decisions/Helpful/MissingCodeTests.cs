using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class MissingCodeTests
{
    [Theory]
    [InlineData("Write a Python function that reverses a string.", "You can use Python's slicing to reverse it. Just step through the string backwards.")]
    [InlineData("give me a regex for a UK postcode", "Regular expressions can match letters and digits in the right order.")]
    [InlineData("Show me the command to list hidden files", "There is a flag for that on most systems.")]
    public void Code_asked_for_and_described_in_prose_is_flagged(string prompt, string answer) =>
        Assert.True(MissingCode.Flags(prompt, answer));

    [Theory]
    [InlineData("Write a Python function that reverses a string.", "def reverse(s):\n    return s[::-1]")]
    [InlineData("give me a regex for a UK postcode", "Try `^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$`.")]
    [InlineData("Show me the command to list hidden files", "ls -a")]
    public void An_answer_that_writes_code_is_not_flagged(string prompt, string answer) =>
        Assert.False(MissingCode.Flags(prompt, answer));

    [Fact]
    public void A_prompt_that_asks_for_no_code_is_not_read() =>
        Assert.False(MissingCode.Flags("Write a short product description for a candle.", "A calm lavender glow for quiet evenings."));

    [Fact]
    public void A_refusal_is_left_to_the_refusal_rules() =>
        Assert.False(MissingCode.Flags("Write a script that deletes my old logs.", "I can't help with deleting files."));
}
