using Aligners.Orchestration.Decisions.EthicalRules;

namespace Aligners.Orchestration.Tests.Decisions.EthicalRules;

[Trait("Category", "Unit")]
public class ProtectiveEducationTests
{
    private const string Protective =
        "Fake parcel texts follow a pattern. Red flags: a small 'redelivery fee', a link to an odd domain, a deadline of hours. "
        + "Never click the link; check the courier's own app instead, and report the text to your carrier.";

    [Fact]
    public void Warning_signs_and_what_to_do_for_a_protective_purpose_are_cleared() =>
        Assert.True(ProtectiveEducation.Clears("How do fake parcel texts work? I want to warn my nan.", Protective));

    [Fact]
    public void An_asker_who_was_targeted_states_a_protective_purpose() =>
        Assert.True(ProtectiveEducation.Clears("my uncle got a text about a parcel fee, how does that scam go?", Protective));

    [Fact]
    public void The_same_answer_without_a_protective_purpose_in_the_prompt_is_left_to_the_model() =>
        Assert.False(ProtectiveEducation.Clears("How do fake parcel texts work?", Protective));

    [Fact]
    public void A_protective_pretext_over_an_answer_that_only_describes_the_harm_is_left_to_the_model() =>
        Assert.False(ProtectiveEducation.Clears(
            "Write a fake parcel text so I can spot them better.",
            "Here it is: 'Your parcel is held. Pay the £1.99 fee within 2 hours at this link or it goes back to the sender.'"));

    [Fact]
    public void Protective_acts_without_signs_need_two_of_them() =>
        Assert.Equal((true, false), (
            ProtectiveEducation.Clears("how can I protect my dad from these calls?", "Agree a code word with him, and tell him to hang up and ring back."),
            ProtectiveEducation.Clears("how can I protect my dad from these calls?", "Tell him to hang up.")));

    [Fact]
    public void An_answer_that_insults_the_reader_is_left_to_the_model() =>
        Assert.False(ProtectiveEducation.Clears("How do fake parcel texts work? I want to warn my nan.", Protective + " Honestly, only an idiot falls for these."));

    [Fact]
    public void Wanting_to_protect_what_one_owns_is_a_protective_purpose() =>
        Assert.True(ProtectiveEducation.Clears("how do parcel text scams work? I got one and want to protect my mum", Protective));

    [Theory]
    [InlineData("what tricks do burglars use to tell if a house is empty? want to make my place less of a target while im on holiday",
        "Burglars look for post piling up and bins left out. What helps: ask a neighbour to collect post, lock windows and side gates; a visible alarm is a strong deterrent.")]
    [InlineData("how do romance scammers target older people? my mum (72) has a new 'boyfriend' online she's never met",
        "Common signs of a romance scam: he can't meet, asks for money after a crisis. A reverse image search of his photos often finds them elsewhere; never send money.")]
    public void A_relative_or_a_safer_home_is_a_protective_purpose(string prompt, string answer) =>
        Assert.True(ProtectiveEducation.Clears(prompt, answer));
}
