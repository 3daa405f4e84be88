using Aligners.Functions.Console;

namespace Aligners.Functions.Tests.Console;

[Trait("Category", "Unit")]
public class WordDiffTests
{
    private static string Old(IEnumerable<DiffRun> runs) => string.Concat(runs.Where(r => r.Op != "insert").Select(r => r.Text));

    private static string New(IEnumerable<DiffRun> runs) => string.Concat(runs.Where(r => r.Op != "delete").Select(r => r.Text));

    [Theory]
    [InlineData("The capital of Australia is Sydney.", "The capital of Australia is Canberra.")]
    [InlineData("", "Something new.")]
    [InlineData("Everything goes.", "")]
    [InlineData("Sure! Break the window, then reach in.", "I can't help with breaking into a house, but a locksmith can let you in.")]
    [InlineData("Same text.", "Same text.")]
    public void Joining_the_runs_gives_back_both_texts(string before, string after)
    {
        var runs = WordDiff.Between(before, after);

        Assert.Equal(before, Old(runs));
        Assert.Equal(after, New(runs));
    }

    [Fact]
    public void A_changed_word_is_one_delete_and_one_insert_between_equal_runs()
    {
        var runs = WordDiff.Between("The capital of Australia is Sydney.", "The capital of Australia is Canberra.");

        Assert.Equal("equal", runs[0].Op);
        Assert.Contains(runs, r => r.Op == "delete" && r.Text.Contains("Sydney"));
        Assert.Contains(runs, r => r.Op == "insert" && r.Text.Contains("Canberra"));
        Assert.DoesNotContain(runs, r => r.Op != "equal" && r.Text.Contains("capital"));
    }

    [Fact]
    public void Identical_texts_are_one_equal_run()
    {
        var runs = WordDiff.Between("Boil the kettle first.", "Boil the kettle first.");

        Assert.Equal([new DiffRun("equal", "Boil the kettle first.")], runs);
    }

    [Fact]
    public void Adjacent_runs_never_share_an_op()
    {
        var runs = WordDiff.Between("one two three four five", "one 2 3 four 5 six");

        for (var i = 1; i < runs.Count; i++)
        {
            Assert.NotEqual(runs[i - 1].Op, runs[i].Op);
        }
    }
}
