namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>
/// Second claims a corrected value leaves beyond its own clause: the "It" sentence after a named
/// value, a consequence drawn from it, a list a removed clause introduced, a later mention of the
/// wrong number, and an opening that agreed with the wrong value or corrected the user's right one.
/// </summary>
[Trait("Category", "Unit")]
public class SecondClaimsTests
{
    [Fact]
    public void An_it_sentence_after_a_value_named_as_what_the_subject_is_goes() =>
        Assert.Equal("The longest river in South America is the Amazon.",
            WithoutDescription("The longest river in South America is the Amazon. It flows through Argentina and ends in the Caribbean.", "Amazon", "Orinoco"));

    [Fact]
    public void An_it_sentence_after_a_place_the_subject_is_in_goes() =>
        Assert.Equal("Morocco is in Africa.",
            WithoutDescription("Morocco is in Africa. It is counted with Spain and Portugal, so it belongs to the European continent.", "Africa", "Europe"));

    [Fact]
    public void An_it_sentence_after_a_bare_that_s_stays()
    {
        const string text = "That's Ankara. It is the seat of Turkey's parliament.";
        Assert.Equal(text, WithoutDescription(text, "Ankara", "Izmir"));
    }

    [Fact]
    public void An_it_sentence_after_a_value_that_is_no_predicate_stays()
    {
        const string text = "Sodium has atomic number 11. It is a soft metal.";
        Assert.Equal(text, WithoutDescription(text, "11", "12"));
    }

    [Fact]
    public void A_consequence_drawn_from_the_wrong_value_later_in_its_sentence_goes() =>
        Assert.Equal("Neptune is the farthest planet from the Sun.",
            WithoutDescription("Neptune is the farthest planet from the Sun, which is also why it's the coldest.", "Neptune", "Uranus"));

    [Fact]
    public void What_the_wrong_person_was_doing_goes_with_the_name() =>
        Assert.Equal("Radium was discovered by Marie Curie in 1898.",
            WithoutDescription("Radium was discovered by Marie Curie in 1898 while she was working at Bell Labs.", "Marie Curie", "Edison"));

    [Fact]
    public void A_noun_appositive_after_the_wrong_mountain_goes() =>
        Assert.Equal("The highest mountain in Mexico is Pico de Orizaba.",
            WithoutDescription("The highest mountain in Mexico is Pico de Orizaba, a dormant volcano in Jalisco.", "Pico de Orizaba", "Colima"));

    [Fact]
    public void A_list_introduced_by_a_removed_clause_goes_with_it_and_the_sentence_ends_on_a_stop()
    {
        const string text = "In Mexico people speak Spanish, so learn these words:\n\n- *Bonjour* – hello\n- *Merci* – thanks\n\nEnjoy!";
        var start = text.IndexOf(", so", StringComparison.Ordinal);
        var edit = IntroducedLists.Widen(text, new TextEdit(start, text.IndexOf('\n', StringComparison.Ordinal), "", "described French"));
        Assert.Equal("In Mexico people speak Spanish.\n\nEnjoy!", TextEdit.Apply(text, [edit]));
    }

    [Fact]
    public void A_removed_clause_that_introduces_no_list_is_not_widened()
    {
        const string text = "They speak Spanish, so learn a few words. Enjoy!";
        var edit = new TextEdit(text.IndexOf(", so", StringComparison.Ordinal), text.IndexOf('.', StringComparison.Ordinal), "", "described French");
        Assert.Same(edit, IntroducedLists.Widen(text, edit));
    }

    [Fact]
    public void A_later_line_carrying_the_wrong_total_forward_gets_the_right_one() =>
        Assert.Equal("£7.20 + £3.15 = £10.35\n\nTotal: £10.35", Restated("£7.20 + £3.15 = £10.35\n\nTotal: £10.55", "10.35", "10.55"));

    [Fact]
    public void A_conclusion_repeating_the_wrong_percentage_gets_the_right_one() =>
        Assert.Equal("Change = 15 ÷ 60 = 25%. So it rose by 25%.", Restated("Change = 15 ÷ 60 = 25%. So it rose by 30%.", "25", "30"));

    [Fact]
    public void A_restatement_of_a_decimal_in_other_words_gets_the_right_one() =>
        Assert.Equal("Gravity on the Moon is 1.62 m/s², so you speed up by 1.62 metres per second each second.",
            Restated("Gravity on the Moon is 1.62 m/s², so you speed up by 2.4 metres per second each second.", "1.62", "2.4"));

    [Fact]
    public void A_longer_number_holding_the_wrong_one_is_no_mention()
    {
        const string text = "It is 6.5 km long; the park is 14.5 km wide and 4.55 km deep.";
        Assert.Equal(text, Restated(text, "6.5", "4.5"));
    }

    [Fact]
    public void A_bare_whole_number_of_another_quantity_is_left()
    {
        const string text = "Increase = $30 − $20 = $10. Then 20 ÷ 10 = 2.";
        Assert.Equal(text, Restated(text, "10", "20"));
    }

    [Fact]
    public void Yes_to_a_question_naming_the_wrong_value_is_turned()
    {
        const string text = "Yes, Denmark uses the Danish krone.";
        var edit = OpeningAgreement.Find(text, "Does Denmark use the euro?", [At(text, "Danish krone", "euro")]);
        Assert.Equal("No, Denmark uses the Danish krone.", TextEdit.Apply(text, [edit!]));
    }

    [Fact]
    public void A_correction_of_the_user_s_right_value_is_dropped()
    {
        const string text = "Small correction: Mont Blanc is 4,806 metres high.";
        var edit = OpeningAgreement.Find(text, "Mont Blanc is 4,806 metres, isn't it?", [At(text, "4,806 metres", "4,500 metres")]);
        Assert.Equal("Mont Blanc is 4,806 metres high.", TextEdit.Apply(text, [edit!]));
    }

    [Fact]
    public void A_correction_of_the_user_s_wrong_value_stays()
    {
        const string text = "Small correction: Mont Blanc is 4,806 metres high.";
        Assert.Null(OpeningAgreement.Find(text, "Mont Blanc is 4,500 metres, isn't it?", [At(text, "4,806 metres", "4,300 metres")]));
    }

    [Fact]
    public void An_assent_to_a_question_that_names_neither_value_stays()
    {
        const string text = "Yes, Denmark uses the Danish krone.";
        Assert.Null(OpeningAgreement.Find(text, "Does Denmark have its own currency?", [At(text, "Danish krone", "euro")]));
    }

    [Theory]
    [InlineData("it belongs to the African continent", "Africa", true)]
    [InlineData("a few Spanish phrases", "Spain", true)]
    [InlineData("Is it euros?", "euro", true)]
    [InlineData("a European country", "euro", false)]
    public void A_value_is_found_in_its_other_forms(string text, string value, bool found) =>
        Assert.Equal(found, ValueForms.Mentions(text, value));

    [Fact]
    public void A_good_answer_is_not_changed_by_the_fixer()
    {
        var report = FactAssert.Checker.Check("What is the capital of Canada?", "The capital of Canada is Ottawa. It sits on the Ottawa River.");
        Assert.Null(FactFixer.Fix(FactAssert.Checker, "What is the capital of Canada?", "The capital of Canada is Ottawa. It sits on the Ottawa River.", report.Findings));
    }

    private static string WithoutDescription(string text, string value, string claim)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return TextEdit.Apply(text, SecondClaims.Settled(text, WrongValueDescriptions.Find(text, new ReplacedValue(start, start + value.Length, claim, value))));
    }

    private static string Restated(string text, string value, string claim)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return TextEdit.Apply(text, RestatedNumbers.Find(text, new ReplacedValue(start, start + value.Length, claim, value)));
    }

    private static ReplacedValue At(string text, string value, string claim)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new ReplacedValue(start, start + value.Length, claim, value);
    }
}
