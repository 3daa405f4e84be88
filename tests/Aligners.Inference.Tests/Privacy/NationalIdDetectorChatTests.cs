namespace Aligners.Inference.Tests.Privacy;

/// <summary>An identifier a user types into a chat, and the same value quoted back in the answer.</summary>
[Trait("Category", "Unit")]
public class NationalIdDetectorChatTests
{
    private static readonly NationalIdDetector Detector = new();

    [Theory]
    [InlineData("User: my SSN is 536-22-8104, can you check my form?", "536-22-8104")]
    [InlineData("user> SSN: 536-22-8104", "536-22-8104")]
    [InlineData("Here's my social security number 536 22 8104 for the application", "536 22 8104")]
    public void An_ssn_the_user_types_is_found(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);

        Assert.Equal("us-ssn", entity.Detector);
    }

    [Fact]
    public void The_same_ssn_quoted_back_in_the_answer_is_found_too()
    {
        var text = "User: my SSN is 536-22-8104, what should I do with it?\n"
            + "Assistant: Keep it private. The value you posted above, 536-22-8104, should be removed from this thread; a credit freeze helps too.";

        var found = Detector.Detect(text).OrderBy(e => e.Start).ToList();

        Assert.Equal(2, found.Count);
        Assert.All(found, e => Assert.Equal("536-22-8104", text.Substring(e.Start, e.Length)));
        Assert.True(found[1].Confidence >= 0.9);
    }

    [Fact]
    public void A_quoted_value_written_with_other_separators_is_the_same_number()
    {
        var text = "My social security number is 536-22-8104.\nTo confirm, you wrote 536 22 8104 in the first message, and that is what the form will hold.";

        Assert.Equal(2, Detector.Detect(text).Count());
    }

    [Fact]
    public void A_value_named_before_a_quote_need_not_come_first()
    {
        var text = "Copy 536-22-8104 into the field marked with a star on page two of the form, then sign.\n"
            + "That number is the SSN you gave us: 536-22-8104.";

        Assert.Equal(2, Detector.Detect(text).Count());
    }

    [Fact]
    public void Another_nine_digit_number_in_the_answer_is_not_taken_for_the_ssn()
    {
        var text = "User: my SSN is 536-22-8104, is that a problem?\n"
            + "Assistant: Not by itself. Your case number with the agency, 471-18-2290, is written on the letter they sent you last month.";

        Detector.SingleAt(text, "536-22-8104");
    }

    [Fact]
    public void An_ssn_that_breaks_the_issuance_rules_is_not_found_even_when_named()
    {
        var text = "User: my SSN is 666-22-8104\nAssistant: the number you typed, 666-22-8104, is not one the SSA issues.";

        Assert.Empty(Detector.Detect(text));
    }
}
