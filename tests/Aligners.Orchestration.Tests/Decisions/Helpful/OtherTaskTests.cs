using Aligners.Orchestration.Decisions.Helpful;

namespace Aligners.Orchestration.Tests.Decisions.Helpful;

[Trait("Category", "Unit")]
public class OtherTaskTests
{
    [Theory]
    [InlineData("How do I merge two cells in Google Sheets?", "To insert a footnote in a document:\n\n1. Click References.\n2. Choose Insert Footnote.")]
    [InlineData("how to change my profile photo on the app", "Here's how to reset a forgotten password:\n1. Tap Forgot password.")]
    public void Steps_for_a_task_that_shares_no_word_with_the_prompt_are_flagged(string prompt, string answer) =>
        Assert.True(OtherTask.Flags(prompt, answer));

    [Theory]
    [InlineData("How do I merge two cells in Google Sheets?", "To merge cells:\n1. Select them.\n2. Click Format, then Merge cells.")]
    [InlineData("how to change my profile photo on the app", "To change your photo:\n1. Open your profile.")]
    [InlineData("How do I install Node on Ubuntu?", "To get it installed:\n1. Run sudo apt install nodejs.")]
    public void Steps_for_the_asked_task_are_not_flagged(string prompt, string answer) =>
        Assert.False(OtherTask.Flags(prompt, answer));

    [Fact]
    public void An_answer_that_names_no_task_is_not_read() =>
        Assert.False(OtherTask.Flags("How do I merge two cells in Google Sheets?", "Select both cells and choose Merge."));
}
