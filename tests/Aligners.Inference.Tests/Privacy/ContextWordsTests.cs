namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ContextWordsTests
{
    private static readonly ContextWords Words = new("ticket", "order", "imei");

    [Theory]
    [InlineData("Ticket #4111", true)]
    [InlineData("order no. 4111", true)]
    [InlineData("IMEI: 4111", true)]
    [InlineData("Order number: 4111", true)]
    [InlineData("order_id=4111", true)]
    [InlineData("the number in the ticket was 4111", false)]
    [InlineData("tickets 4111", true)]
    [InlineData("4111", false)]
    public void A_word_labels_a_value_only_with_a_labels_marks_between(string text, bool labels)
    {
        Assert.Equal(labels, Words.Labels(text, text.IndexOf("4111", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_last_words_end_is_where_the_nearest_word_ends()
    {
        Assert.Equal("ticket and order".Length, Words.LastEnd("ticket and order"));
        Assert.Equal(-1, Words.LastEnd("nothing here"));
    }
}
