namespace Aligners.Inference.Tests.Facts.Fixes;

/// <summary>Checks an answer with the bundled facts and fixes it, as the align step does.</summary>
internal static class FixHelper
{
    /// <summary>The fix of <paramref name="answer"/> to <paramref name="prompt"/>; fails when there is nothing to fix.</summary>
    public static FactFix Fix(string prompt, string answer)
    {
        var report = FactAssert.Checker.Check(prompt, answer);
        var fix = FactFixer.Fix(FactAssert.Checker, prompt, answer, report.Findings);
        Assert.NotNull(fix);
        return fix;
    }
}
