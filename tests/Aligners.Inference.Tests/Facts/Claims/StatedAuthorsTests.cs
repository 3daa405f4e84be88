namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A work's author stated in the answer whatever the prompt asked: summaries, Markdown titles, "a novel by".</summary>
[Trait("Category", "Unit")]
public class StatedAuthorsTests
{
    [Theory]
    [InlineData("Give me a short summary of Macbeth.", "**Macbeth** is a tragedy written by Ben Jonson around 1606. A general murders his king.", "Ben Jonson", "William Shakespeare")]
    [InlineData("Summarise Frankenstein for a class.", "*Frankenstein* is a novel by Percy Shelley, published in 1818.", "Percy Shelley", "Mary Shelley")]
    [InlineData("Recommend a dystopia.", "Try Brave New World by George Orwell.", "George Orwell", "Aldous Huxley")]
    [InlineData("What's Jane Eyre about?", "Jane Eyre, a novel by Emily Brontë, follows an orphan governess.", "Emily Brontë", "Charlotte Brontë")]
    [InlineData("Tell me about Hamlet.", "Hamlet was written by Christopher Marlowe in about 1600.", "Christopher Marlowe", "William Shakespeare")]
    public void A_wrong_author_stated_in_a_summary_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Give me a short summary of Macbeth.", "**Macbeth** is a tragedy written by William Shakespeare around 1606.")]
    [InlineData("Recommend a dystopia.", "Try Brave New World by Aldous Huxley.")]
    [InlineData("Summarise The Hobbit.", "*The Hobbit* is a fantasy novel by J. R. R. Tolkien.")]
    [InlineData("Summarise Frankenstein.", "Frankenstein is a novel by Mary Wollstonecraft Shelley.")]
    [InlineData("A novel about a family saga?", "One Hundred Years of Solitude by Gabriel García Márquez.")]
    [InlineData("A novel about a family saga?", "One Hundred Years of Solitude by García Márquez.")]
    public void A_right_author_stated_in_a_summary_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("Fantasy for a teenager?", "- *The Lord of the Rings* by J.R.R. Tolkien — long but worth it.")]
    [InlineData("Books for a young wizard fan?", "Harry Potter and the Philosopher's Stone by J.K. Rowling is the place to start.")]
    public void An_author_whose_initials_are_written_together_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Fact]
    public void A_wrong_author_whose_initials_are_written_together_is_corrected_whole() =>
        FactAssert.ContradictedAt("A gothic classic?", "Frankenstein by H.G. Wells is a gothic classic.", "H.G. Wells", "Mary Shelley");

    [Theory]
    [InlineData("Which Hamlet film?", "Hamlet directed by Kenneth Branagh runs four hours.")]
    [InlineData("Who translated it?", "The Odyssey, translated by Emily Wilson, reads briskly.")]
    [InlineData("Who wrote it?", "Hamlet was not written by Christopher Marlowe.")]
    [InlineData("Tell me about the play.", "Hamlet is a play staged by The Globe company every summer.")]
    public void A_name_that_is_not_the_works_author_is_not_judged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Summarise Emma.", "Charlotte Brontë's Emma follows a matchmaker in a Surrey village.", "Charlotte Brontë", "Jane Austen")]
    [InlineData("Summarise Animal Farm.", "*Animal Farm*, Aldous Huxley's satire of the Soviet Union, ends with the pigs walking upright.", "Aldous Huxley", "George Orwell")]
    [InlineData("Summarise 1984.", "In *1984*, Ray Bradbury's dystopian novel, Winston rebels against the Party.", "Ray Bradbury", "George Orwell")]
    public void A_wrong_author_named_with_a_possessive_is_corrected(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);

    [Theory]
    [InlineData("Summarise Emma.", "Jane Austen's Emma follows a matchmaker in a Surrey village.")]
    [InlineData("Summarise 1984.", "*1984*, George Orwell's dystopian novel, follows Winston Smith.")]
    public void A_right_author_named_with_a_possessive_is_confirmed(string prompt, string answer) => FactAssert.Confirmed(prompt, answer);

    [Theory]
    [InlineData("What happened in 1984?", "In 1984, Stephen King's novel Thinner came out under a pen name.")]
    [InlineData("What happened in 1984?", "Stephen King's 1984 novel Thinner came out under a pen name.")]
    [InlineData("Summarise 1984.", "The Party's 1984 slogans are the novel's most quoted lines.")]
    public void A_possessive_beside_a_year_or_a_things_name_is_not_judged(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_author_in_a_list_of_works_after_a_dash_is_corrected() =>
        FactAssert.ContradictedAt("Classic novels?", "A few:\n\n- *Emma* – Charlotte Brontë (1815)\n- *Dracula* – Bram Stoker (1897)", "Charlotte Brontë", "Jane Austen");

    [Theory]
    [InlineData("Classic novels?", "A few:\n\n1. *Emma* – Jane Austen (1815)\n2. *Dracula* – Bram Stoker (1897)")]
    [InlineData("Classic novels?", "I loved Emma - Mr Knightley is the best part.")]
    public void A_dash_after_a_title_names_its_author_only_in_a_list(string prompt, string answer) => FactAssert.NotFlagged(prompt, answer);
}
