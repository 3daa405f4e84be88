using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class RuleTextTests
{
    [Fact]
    public void Words_split_on_anything_but_letters_digits_and_apostrophes() =>
        Assert.Equal(["i'm", "not", "dumb", "2fa", "on"], RuleText.Words(RuleText.Normalize("I’m not—DUMB! (2FA on)")));

    [Fact]
    public void A_word_list_matches_whole_words_only() =>
        Assert.Equal((false, true), (
            RuleText.HasWord("walk through the park", new HashSet<string> { "ugh" }),
            RuleText.HasWord("ugh, fine", new HashSet<string> { "ugh" })));
}
