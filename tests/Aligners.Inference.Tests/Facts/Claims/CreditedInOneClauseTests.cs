namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A person named once in a sentence with several works is credited with those of their own
/// clause: a later clause with its own subject ("and she also studied ...") says something else of
/// the work it names, and is not a claim that they made it.
/// </summary>
[Trait("Category", "Unit")]
public class CreditedInOneClauseTests
{
    [Theory]
    [InlineData("Did Marie Curie discover X-rays?", "No, Röntgen did. Marie Curie is remembered for radium and polonium, and she later ran mobile X-rays units in the war.")]
    [InlineData("Tell me about Tesla.", "Guglielmo Marconi is best known for radio, while he also followed early television experiments.")]
    public void A_work_named_in_a_later_clause_beside_a_rightly_credited_person_is_not_flagged(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Theory]
    [InlineData("Who invented the telephone?", "Thomas Edison invented the telephone in 1876.", "Thomas Edison", "Alexander Graham Bell")]
    [InlineData("Who discovered penicillin?", "Marie Curie discovered radium and polonium and penicillin.", "Marie Curie", "Alexander Fleming")]
    public void A_person_credited_with_a_work_in_the_same_clause_is_still_judged(string prompt, string answer, string claim, string expected) =>
        FactAssert.ContradictedAt(prompt, answer, claim, expected);
}
