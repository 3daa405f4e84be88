namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A wrong person listed beside a right one among a company's founders is contradicted and
/// replaced by a founder the answer does not name; a wrong person outside the list is not.
/// </summary>
[Trait("Category", "Unit")]
public class ListedStrangersTests
{
    [Theory]
    [InlineData("Who founded Microsoft?", "Microsoft was founded in 1975 by Bill Gates and Steve Jobs.", "Steve Jobs", "Paul Allen")]
    [InlineData("Who started Google?", "Google was founded by Larry Page and Mark Zuckerberg in 1998.", "Mark Zuckerberg", "Sergey Brin")]
    [InlineData("Who founded Intel?", "Intel was founded in 1968 by Robert Noyce, Jeff Bezos and others.", "Jeff Bezos", "Gordon Moore")]
    public void A_stranger_among_the_founders_is_replaced_by_an_unnamed_founder(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Who founded Microsoft?", "Microsoft was founded by Bill Gates and Paul Allen in 1975.")]
    [InlineData("Who founded Netflix?", "Reed Hastings and Marc Randolph founded Netflix in 1997.")]
    public void All_founders_named_are_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Who founded Amazon?", "Amazon was founded by Jeff Bezos in 1994.")]
    [InlineData("Who founded Microsoft?", "Microsoft was founded by Bill Gates and Paul Allen, not by Steve Jobs.")]
    public void A_stranger_outside_the_list_or_denied_is_not_flagged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Bill Gates and Steve Jobs", true)]
    [InlineData("Bill Gates, Steve Jobs", true)]
    [InlineData("Bill Gates met the young Steve Jobs", false)]
    public void Two_names_are_listed_only_when_a_joint_stands_between_them(string text, bool listed)
    {
        var gates = text.IndexOf("Gates", StringComparison.Ordinal);
        var jobs = text.IndexOf("Jobs", StringComparison.Ordinal);
        Assert.Equal(listed, ListedStrangers.Listed(text, new Mention(MentionKind.Person, "Gates", gates, 5), new Mention(MentionKind.Person, "Jobs", jobs, 4)));
    }
}
