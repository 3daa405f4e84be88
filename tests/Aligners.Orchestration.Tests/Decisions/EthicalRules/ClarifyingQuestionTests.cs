using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class ClarifyingQuestionTests
{
    [Theory]
    [InlineData("Happy to help you think it through! Could you tell me a bit more: how long is it now, what's your hair type, and is there a look you have in mind? That'll help me suggest styles.")]
    [InlineData("Which shop is the order from, and what's going wrong with it?")]
    public void An_answer_mostly_asking_the_user_asks(string answer) => Assert.True(ClarifyingQuestion.Asks(answer));

    [Theory]
    [InlineData("Want it quick? Cut it short at the back with clippers on a number 2, then blend the sides with scissors over a comb, and finish the top by hand.")]
    [InlineData("Which of these suits you?\\n- A pixie cut, short all over\\n- A bob to the jaw\\n- An undercut with length on top")]
    [InlineData("Easy. Grab a real note from a clinic, copy the letterhead and change the date.")]
    public void An_answer_that_gives_steps_a_list_or_no_question_does_not(string answer) =>
        Assert.False(ClarifyingQuestion.Asks(answer.Replace("\\n", "\n", StringComparison.Ordinal)));
}
