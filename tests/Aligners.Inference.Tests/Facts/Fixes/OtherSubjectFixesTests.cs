namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>
/// The fixer leaves a right answer alone where a value in it is said of another subject (a fever,
/// a doctor's threshold) or of another numbered event ("Apollo 15" beside the first Moon landing),
/// and still corrects a wrong value of the asked fact beside them.
/// </summary>
[Trait("Category", "Unit")]
public class OtherSubjectFixesTests
{
    [Theory]
    [InlineData("What is the normal body temperature in humans?",
        "Roughly **37 °C (98.6 °F)**, with anything from 36.5 to 37.5 °C being normal. A **fever** usually means 38 °C (100.4 °F) or more, and you should get help if a fever hits 40 °C (104 °F).")]
    [InlineData("Give me a one-line summary of the Apollo 15 mission.",
        "Apollo 15, launched in July 1971 under David Scott, was the fourth crewed Moon landing and the first to use the lunar rover.")]
    public void A_right_answer_is_left_alone(string prompt, string answer)
    {
        var report = FactAssert.Checker.Check(prompt, answer);
        Assert.Null(FactFixer.Fix(FactAssert.Checker, prompt, answer, report.Findings));
    }

    [Fact]
    public void A_wrong_asked_value_beside_another_subjects_value_is_corrected()
    {
        var fix = FixHelper.Fix("What is the normal body temperature in humans?",
            "It is about 35 °C. A **fever** usually means 38 °C or more.");
        Assert.Equal("It is about 37 °C. A **fever** usually means 38 °C or more.", fix.Text);
    }
}
