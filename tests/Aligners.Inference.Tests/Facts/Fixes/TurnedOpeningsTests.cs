namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>
/// An opening turned by a correction is turned whole: the judgement after "Yes" ("your brother is
/// right") goes with it, and a "No" to a yes-or-no question becomes "Yes" once the corrected value
/// is the one asked about.
/// </summary>
[Trait("Category", "Unit")]
public class TurnedOpeningsTests
{
    [Theory]
    [InlineData("Yeah, your brother is right — Canberra is the capital of Australia.", "No — Canberra is the capital of Australia.")]
    [InlineData("Yes, you're correct: Canberra is the capital of Australia.", "No: Canberra is the capital of Australia.")]
    [InlineData("Yep! That's right. Canberra is the capital of Australia.", "No. Canberra is the capital of Australia.")]
    public void A_judgement_after_a_turned_assent_goes_with_it(string text, string expected)
    {
        var edit = OpeningAgreement.Find(text, "My brother says the capital of Australia is Sydney. Is he right?", [At(text, "Canberra", "Sydney")]);
        Assert.Equal(expected, TextEdit.Apply(text, [edit!]));
    }

    [Fact]
    public void An_assent_followed_by_the_claim_itself_keeps_the_claim()
    {
        const string text = "Yes, the capital of Australia is Canberra.";
        var edit = OpeningAgreement.Find(text, "Is the capital of Australia Sydney?", [At(text, "Canberra", "Sydney")]);
        Assert.Equal("No, the capital of Australia is Canberra.", TextEdit.Apply(text, [edit!]));
    }

    [Fact]
    public void A_friend_agreed_with_on_a_wrong_capital_is_no_longer_agreed_with() =>
        Assert.Equal("No — Ottawa is the capital of Canada.",
            FixHelper.Fix("My cousin says the capital of Canada is Toronto. Is she right?", "Yeah, your cousin is right — Toronto is the capital of Canada.").Text);

    [Fact]
    public void A_wrong_capital_without_an_agreement_is_still_corrected() =>
        Assert.Contains("Ottawa", FixHelper.Fix("What is the capital of Canada?", "The capital of Canada is Toronto.").Text);

    [Fact]
    public void A_denial_is_turned_when_the_correction_gives_the_asked_value()
    {
        const string text = "No — neon is a gas at room temperature.";
        var edit = OpeningAgreement.Find(text, "Is neon a gas at room temperature?", [At(text, "gas", "solid")]);
        Assert.Equal("Yes — neon is a gas at room temperature.", TextEdit.Apply(text, [edit!]));
    }

    [Fact]
    public void A_denial_and_its_judgement_are_turned_together()
    {
        const string text = "Nope, that's wrong. The capital of Canada is Ottawa.";
        var edit = OpeningAgreement.Find(text, "Is Ottawa the capital of Canada?", [At(text, "Ottawa", "Toronto")]);
        Assert.Equal("Yes. The capital of Canada is Ottawa.", TextEdit.Apply(text, [edit!]));
    }

    [Fact]
    public void A_denial_under_a_question_that_names_neither_value_stays()
    {
        const string text = "No — neon is a gas at room temperature.";
        Assert.Null(OpeningAgreement.Find(text, "Is neon a metal?", [At(text, "gas", "solid")]));
    }

    [Fact]
    public void A_denial_under_a_question_that_is_no_yes_or_no_question_is_not_turned()
    {
        const string text = "No — neon is a gas at room temperature.";
        var edit = OpeningAgreement.Find(text, "What state is neon in, a gas or a solid?", [At(text, "gas", "solid")]);
        Assert.False(edit is { Replacement: "Yes" });
    }

    [Fact]
    public void A_liquid_denied_and_corrected_to_liquid_is_answered_yes() =>
        Assert.StartsWith("Yes",
            FixHelper.Fix("Is bromine a liquid at room temperature?", "No — bromine is a solid element at room temperature.").Text);

    [Fact]
    public void An_assent_to_a_wrong_state_is_turned_to_no() =>
        Assert.StartsWith("No",
            FixHelper.Fix("Is chlorine a liquid at room temperature?", "Yes — chlorine is a liquid at room temperature.").Text);

    [Theory]
    [InlineData("Is that in base 8?")]
    [InlineData("See version 3 of the guide.")]
    [InlineData("Go to step 2.")]
    [InlineData("It is on page 10.")]
    [InlineData("Meet in room #101.")]
    public void A_number_after_a_label_word_names_something(string text) =>
        Assert.True(NumberLabels.IsLabelled(text, text.IndexOfAny("0123456789".ToCharArray())));

    [Theory]
    [InlineData("The result is 64.")]
    [InlineData("That makes 8 bases.")]
    public void A_number_after_another_word_is_a_quantity(string text) =>
        Assert.False(NumberLabels.IsLabelled(text, text.IndexOfAny("0123456789".ToCharArray())));

    [Fact]
    public void A_numeral_base_in_a_clarifying_question_is_not_corrected()
    {
        const string answer = "Do you mean in base 8, or in ordinary decimal?";
        var report = FactAssert.Checker.Check("What's 9 times 9?", answer);
        Assert.DoesNotContain(report.Findings, f => f.Verdict == FactVerdicts.Contradicted);
    }

    [Fact]
    public void A_wrong_product_beside_a_step_number_is_still_corrected() =>
        Assert.Contains("81", FixHelper.Fix("What's 9 times 9?", "In step 2 you multiply: the answer is 72.").Text);

    private static ReplacedValue At(string text, string value, string claim)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new ReplacedValue(start, start + value.Length, claim, value);
    }
}
