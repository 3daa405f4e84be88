namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>
/// Claims that followed from a corrected count or value: a list made for the wrong count, a
/// rounding of the wrong value, a conversion checked again on the rewrite; and a fix reported
/// partial when a contradiction is left.
/// </summary>
[Trait("Category", "Unit")]
public class FollowingClaimsTests
{
    [Fact]
    public void A_list_whose_items_add_up_to_the_wrong_count_is_removed() =>
        Assert.Equal("There are eight planets.", FixHelper.Fix("How many planets are there?",
            "There are ten planets: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune, Pluto and Eris.").Text);

    [Fact]
    public void A_list_of_numbered_parts_adding_up_to_the_wrong_count_is_removed() =>
        Assert.Equal("The human heart has four chambers.", FixHelper.Fix("How many chambers does the heart have?",
            "The human heart has two chambers: one atrium and one ventricle.").Text);

    [Fact]
    public void A_list_that_fits_the_right_count_stays()
    {
        var text = "There are four seasons: spring, summer, autumn and winter.";
        Assert.Null(CountedLists.Find(text, new ReplacedValue(10, 14, "five", "four")));
    }

    [Fact]
    public void A_rounding_of_the_wrong_value_is_redone_from_the_right_one()
    {
        const string text = "It is 3.14, usually rounded to 4 in class.";
        var edit = RoundedMentions.Find(text, new ReplacedValue(6, 10, "4.2", "3.14"));
        Assert.NotNull(edit);
        Assert.Equal("It is 3.14, usually rounded to 3 in class.", TextEdit.Apply(text, [edit]));
    }

    [Fact]
    public void A_rounding_that_fits_the_right_value_stays() =>
        Assert.Null(RoundedMentions.Find("It is 3.14, rounded to 3.1.", new ReplacedValue(6, 10, "3.41", "3.14")));

    [Fact]
    public void A_rounding_up_rounds_the_right_value_up()
    {
        const string text = "About 2.2 m, rounded up to 4.";
        var edit = RoundedMentions.Find(text, new ReplacedValue(6, 9, "3.5", "2.2"));
        Assert.Equal("3", edit?.Replacement);
    }

    [Fact]
    public void A_conversion_of_the_wrong_value_is_corrected_when_the_rewrite_is_checked_again()
    {
        var fix = FixHelper.Fix("What is the boiling point of water?", "Water boils at 90 °C (194 °F) at sea level.");
        Assert.Equal("Water boils at 100 °C (212 °F) at sea level.", fix.Text);
        Assert.True(fix.Complete);
    }

    [Fact]
    public void A_removal_that_would_leave_a_sentence_ending_on_an_article_is_kept_and_the_fix_is_partial()
    {
        const string answer = "The capital is Istanbul and the — largest city.";
        var fix = FactFixer.Fix(FactAssert.Checker, "capital of Turkey?", answer,
            [new FactFinding("capital", FactVerdicts.Contradicted, "the capital of Turkey", "Istanbul", "Ankara", "test", 15)]);
        Assert.NotNull(fix);
        Assert.Equal("The capital is Ankara and the — largest city.", fix.Text);
        Assert.False(fix.Complete);
    }
}
