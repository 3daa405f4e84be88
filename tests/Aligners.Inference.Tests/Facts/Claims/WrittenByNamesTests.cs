using Aligners.Inference.Tests.Facts.Fixes;

namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// Under a question on who wrote a work, the author an answer gives is the name after "written by"
/// (or "penned by", "a novel by"), never the work named before it under another title.
/// </summary>
[Trait("Category", "Unit")]
public class WrittenByNamesTests
{
    [Theory]
    [InlineData("Who wrote Frankenstein?", "*The Modern Prometheus* was written by Bram Stoker in 1818.", "Bram Stoker", "Mary Shelley")]
    [InlineData("Who is the author of War and Peace?", "Voyna i Mir was penned by Fyodor Dostoevsky in the 1860s.", "Fyodor Dostoevsky", "Leo Tolstoy")]
    public void The_name_after_written_by_is_the_author_judged_not_the_title_before_it(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Fact]
    public void A_wrong_author_before_written_by_is_corrected_and_the_title_kept()
    {
        var fix = FixHelper.Fix("Who wrote Frankenstein?", "*The Modern Prometheus* was written by Bram Stoker in 1818.");
        Assert.Contains("The Modern Prometheus", fix.Text, StringComparison.Ordinal);
        Assert.Contains("Mary Shelley", fix.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stoker", fix.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_author_named_without_a_writing_phrase_is_still_corrected() =>
        FactAssert.ContradictedAt("Who wrote Brave New World?", "George Orwell wrote it in 1932.", "George Orwell", "Aldous Huxley");

    [Fact]
    public void The_right_author_after_written_by_is_confirmed() =>
        FactAssert.Confirmed("Who wrote Frankenstein?", "*The Modern Prometheus* was written by Mary Shelley in 1818.");

    [Theory]
    [InlineData("Hamlet was written by Shakespeare.", 22)]
    [InlineData("It is a novel by Tolstoy.", 17)]
    [InlineData("Tolstoy wrote it.", null)]
    public void The_author_is_read_from_the_end_of_the_first_writing_phrase(string answer, int? from) =>
        Assert.Equal(from, WrittenByNames.AuthorFrom(answer));
}
