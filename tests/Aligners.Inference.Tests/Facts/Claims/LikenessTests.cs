namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>A wrong value likened to others' for whom it is right: the likeness is corrected with the value.</summary>
[Trait("Category", "Unit")]
public class LikenessTests
{
    [Fact]
    public void A_likeness_to_subjects_the_wrong_value_is_right_for_becomes_unlike()
    {
        const string answer = "Denmark pays in the euro, just like Spain and Portugal.";
        var report = FactAssert.Checker.Check("What money does Denmark use?", answer);
        Assert.Equal("Denmark pays in the Danish Krone, unlike Spain and Portugal.", FactChecker.Correct(answer, report.Findings));
    }

    [Fact]
    public void A_right_value_likened_to_others_is_confirmed() =>
        FactAssert.Confirmed("What money does Austria use?", "Austria uses the euro, just like Spain and Portugal.");
}
