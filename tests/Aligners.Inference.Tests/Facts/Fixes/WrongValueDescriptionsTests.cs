namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>What an answer said of a wrong value goes with it when the value is corrected.</summary>
[Trait("Category", "Unit")]
public class WrongValueDescriptionsTests
{
    [Fact]
    public void A_relative_clause_right_after_the_wrong_capital_is_removed()
    {
        var fix = FixHelper.Fix("What is the capital of Turkey?", "The capital of Turkey is Istanbul, which is also its largest city.");
        Assert.Equal("The capital of Turkey is Ankara.", fix.Text);
        Assert.True(fix.Complete);
        Assert.Single(fix.Removed);
    }

    [Fact]
    public void A_wrong_name_ending_its_sentence_is_replaced_alone_never_with_the_next_sentences_first_word()
    {
        // The name reader once ran on over ". It" and the correction swallowed the full stop; the
        // "It" sentence, said of the wrong city, now goes with it.
        var fix = FixHelper.Fix("what's the capital of canada",
            "The capital of Canada is Toronto. It's the country's biggest city and home to the CN Tower.");
        Assert.Equal("The capital of Canada is Ottawa.", fix.Text);
    }

    [Fact]
    public void A_relative_clause_before_the_sentence_verb_is_removed_with_its_comma() =>
        Assert.Equal("Ankara is the capital.", WithoutDescription("Ankara, which is big, is the capital.", "Ankara", "Istanbul"));

    [Fact]
    public void A_later_clause_about_it_goes_with_its_comma() =>
        Assert.Equal("Ankara is the capital.", WithoutDescription("Ankara is the capital, and it's the biggest city too.", "Ankara", "Istanbul"));

    [Fact]
    public void A_place_after_in_attached_to_the_wrong_capital_is_removed() =>
        Assert.Equal("The capital of Australia is Canberra.", FixHelper.Fix("capital of Australia?", "The capital of Australia is Melbourne in Victoria.").Text);

    [Fact]
    public void Appositives_of_size_and_place_after_the_wrong_mountain_are_removed_one_after_another() =>
        Assert.Equal("The highest mountain in North America is Denali.",
            FixHelper.Fix("What is the highest mountain in North America?", "The highest mountain in North America is Mount Logan, at around 5,959 m, in the Saint Elias Mountains.").Text);

    [Fact]
    public void A_participle_describing_the_wrong_river_is_removed() =>
        Assert.Equal("The longest river in South America is the Amazon.",
            FixHelper.Fix("What is the longest river in South America?", "The longest river in South America is the Paraná, flowing about 4,880 km to the Atlantic.").Text);

    [Fact]
    public void A_description_later_in_the_sentence_of_the_wrong_planet_is_removed() =>
        Assert.Equal("Jupiter is the biggest planet in our solar system.",
            FixHelper.Fix("biggest planet?", "Mars is the biggest planet in our solar system, famous for its red colour.").Text);

    [Fact]
    public void A_dash_clause_that_explains_the_wrong_state_is_removed() =>
        Assert.Equal("No, gallium is a solid at room temperature.",
            FixHelper.Fix("Is gallium a gas at room temperature?", "Yes, gallium is a gas at room temperature — it boils at around 20 °C.").Text);

    [Fact]
    public void A_sentence_about_it_after_a_wrong_value_that_opened_its_sentence_is_removed() =>
        Assert.Equal("Ankara!", FixHelper.Fix("capital of Turkey?", "Istanbul! It's Turkey's capital and biggest city, on the Bosphorus.").Text);

    [Fact]
    public void A_likeness_to_neighbours_of_the_wrong_currency_is_removed() =>
        Assert.Equal("Sweden uses the Swedish Krona.", WithoutDescription("Sweden uses the Swedish Krona like its neighbours to the south.", "Swedish Krona", "euro"));

    [Fact]
    public void A_likeness_after_a_comma_goes_with_the_wrong_value() =>
        Assert.Equal("Chile speaks Spanish, though English is taught.",
            WithoutDescription("Chile speaks Spanish, as in most of Brazil, though English is taught.", "Spanish", "Portuguese"));

    [Fact]
    public void An_appositive_runs_over_the_commas_of_a_list_of_names() =>
        Assert.Equal("The river is the Orinoco.",
            WithoutDescription("The river is the Orinoco, stretching through Peru, Colombia and Brazil.", "Orinoco", "Amazon"));

    [Fact]
    public void A_clause_the_checker_confirms_of_the_right_value_stays()
    {
        var fix = FixHelper.Fix("What is the boiling point of water?", "Water boils at 90 °C (212 °F) at sea level.");
        Assert.Equal("Water boils at 100 °C (212 °F) at sea level.", fix.Text);
        Assert.Empty(fix.Removed);
    }

    [Fact]
    public void An_answer_with_nothing_to_correct_has_no_fix() =>
        Assert.Null(FactFixer.Fix(FactAssert.Checker, "capital of Turkey?", "The capital of Turkey is Ankara, which is in Anatolia.",
            FactAssert.Checker.Check("capital of Turkey?", "The capital of Turkey is Ankara, which is in Anatolia.").Findings));

    private static string WithoutDescription(string text, string value, string claim)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        var edits = WrongValueDescriptions.Find(text, new ReplacedValue(start, start + value.Length, claim, value));
        return TextEdit.Apply(text, edits);
    }
}
