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

    private static ReplacedValue At(string text, string value, string claim)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new ReplacedValue(start, start + value.Length, claim, value);
    }
}
