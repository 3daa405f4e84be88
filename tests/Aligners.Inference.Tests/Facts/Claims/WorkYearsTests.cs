namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// The year a well-known work was first published, where the answer dates its publication: beside
/// its title, in a clause that refers back to it, or for the work the prompt asks about.
/// </summary>
[Trait("Category", "Unit")]
public class WorkYearsTests
{
    [Theory]
    [InlineData("Who wrote 1984?", "George Orwell wrote 1984, published in 1939 just before World War II.", "1939", "1949")]
    [InlineData("When was Brave New World published?", "It came out in 1948.", "1948", "1932")]
    [InlineData("Who wrote Dracula?", "Bram Stoker wrote Dracula; it was published in 1901.", "1901", "1897")]
    [InlineData("Tell me about Fahrenheit 451", "Fahrenheit 451 by Ray Bradbury was first published in 1963, though he wrote a shorter version in 1951.", "1963", "1953")]
    public void A_wrong_year_of_publication_is_contradicted(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Who wrote 1984?", "George Orwell wrote 1984, published in 1949.")]
    [InlineData("Who wrote War and Peace?", "Leo Tolstoy; it was published in 1867, first as a serial.")]
    [InlineData("What did Harper Lee write?", "To Kill a Mockingbird (published 1960) and Go Set a Watchman (published 2015).")]
    public void A_right_year_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Tell me about Emma Watson", "Emma Watson published a book club list in 2019.")]
    [InlineData("Any good vampire films?", "Dracula came out in 1931 with Bela Lugosi.")]
    [InlineData("Who wrote Brave New World?", "Aldous Huxley wrote Brave New World in 1931, a year before it was released.")]
    [InlineData("What's 1984 about?", "A surveillance state; Orwell had written most of it by 1948.")]
    [InlineData("Who directed Jaws?", "Steven Spielberg. It came out in 1975 and is often called the first summer blockbuster.")]
    [InlineData("Who wrote 1984?", "George Orwell. It was published in 1949.")]
    public void A_year_that_dates_no_publication_of_a_known_work_is_not_judged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_work_s_own_year_judges_its_publication_before_the_discovery_it_tells_of() =>
        FactAssert.ContradictedAt("In what year did Darwin publish On the Origin of Species?",
            "Charles Darwin published On the Origin of Species in 1869, after years of thinking about his voyage on HMS Beagle.", "1869", "1859");
}
