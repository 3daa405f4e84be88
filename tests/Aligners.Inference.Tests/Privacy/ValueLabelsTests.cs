namespace Aligners.Inference.Tests.Privacy;

/// <summary>A name labels the value after it, with a key's marks between or, in a sentence, the verb "to be".</summary>
[Trait("Category", "Unit")]
public class ValueLabelsTests
{
    private static readonly ContextWords Names = new("personnummer", "bsn", "steuer-id");

    [Theory]
    [InlineData("personnummer: 7203151233", true, false)]
    [InlineData("\"bsn\": \"7203151233\"", true, false)]
    [InlineData("Mitt personnummer är 7203151233", false, true)] // Swedish
    [InlineData("mijn BSN is 7203151233", false, true)] // Dutch
    [InlineData("Meine Steuer-ID lautet 7203151233", false, true)] // German
    public void A_name_labels_the_value_with_marks_or_in_a_sentence_with_a_copula(string text, bool withMarks, bool onlyInSentence)
    {
        var at = text.IndexOf("7203151233", StringComparison.Ordinal);
        Assert.Equal(withMarks, ValueLabels.LabelledBy(Names, text, at));
        Assert.Equal(withMarks || onlyInSentence, ValueLabels.LabelledBy(Names, text, at, sentence: true));
    }

    [Theory]
    [InlineData("Personnummer finns i bilagan; ordernumret är 7203151233")] // the verb follows another number's name
    [InlineData("personnummer\nis 7203151233")] // another line
    [InlineData("the personnummer field is optional, 7203151233")]
    public void A_name_that_does_not_stand_right_before_the_value_labels_nothing(string text)
    {
        Assert.False(ValueLabels.LabelledBy(Names, text, text.IndexOf("7203151233", StringComparison.Ordinal), sentence: true));
    }
}
