using Aligners.Orchestration.Decisions.Wording;

namespace Aligners.Orchestration.Tests.Decisions.Wording;

[Trait("Category", "Unit")]
public class GarbledCapitalsTests
{
    private static IReadOnlyList<string> Find(string text, string prompt = "How do I save for a house deposit?", string? previous = null) =>
        GarbledCapitals.Find(text, prompt, previous);

    [Theory]
    [InlineData("Snstant anxiety is a pot with a hard.", "Snstant")]
    [InlineData("Put the money aside. Savex grow faster in a fixed account.", "Savex")]
    [InlineData("Open an account first.\nMortgagel rates change each month.", "Mortgagel")]
    public void AWordBeginningASentence_ThatIsNoWordInLowerCase_IsGarbled(string text, string garbled)
    {
        Assert.Equal([garbled], Find(text));
    }

    [Theory]
    [InlineData("I'mpound interest is interest earned on both your money and the interest.", "I'mpound")]
    [InlineData("Savings grow because I'mpound interest adds up.", "I'mpound")]
    [InlineData("Then Ca'ntribute a fixed share each month.", "Ca'ntribute")]
    public void AnApostropheGluedToLettersThatMakeNoWord_IsGarbled_WhereverItStands(string text, string garbled)
    {
        Assert.Equal([garbled], Find(text));
    }

    [Theory]
    [InlineData("Ask Siobhan at Zurich Kantonalbank or Dr. Nguyen about it.")]
    [InlineData("Reykjavik and Kilimanjaro are places. Google and Netflix are companies. Python runs on Linux.")]
    [InlineData("Zurich Kantonalbank offers a savings account with a fixed rate.")]
    [InlineData("Spotify is free with ads. Upgrade to Spotify Premium for offline play.")]
    [InlineData("I'd put it in an ISA. It's tax-free, and you'll keep what you've earned. Don't touch it. O'Brien agrees.")]
    [InlineData("Use a NAS, an iPhone or GitHub; RAID and SSD are acronyms. PowerShell runs `Get-ChildItem`.")]
    [InlineData("See https://Example.org/Savingz or mail Help@Example.com; the 5GHz band and 3.5Kg weights are units.")]
    [InlineData("Two-factor sign-in is on. Self-employed savers can open one too.")]
    [InlineData("The word \"Wunderbar\" is German for wonderful, and *Kalium* is Latin.")]
    [InlineData("Put a fixed share aside each month, keep it in a savings account, and review it every year.")]
    public void NamesBrandsAcronymsContractionsCodeUrlsAndOrdinaryWords_AreNotGarbled(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void ASentenceInitialNameThePromptOrTheReplacedTextHas_IsTheUsersOwn()
    {
        Assert.Empty(Find("Kubernetes restarts the pod.", "Why does Kubernetes restart my pod?"));
        Assert.Empty(Find("Venmo lets you split it.", "How do I split a bill?", "Just use Venmo."));
        Assert.Equal(["Venmo"], Find("Venmo lets you split it.", "How do I split a bill?", "Ask them."));
    }

    [Fact]
    public void APromptAboutAnotherLanguage_LeavesTheCheckOut()
    {
        Assert.Empty(Find("Buenos días. Gracias.", "How do you say good morning in Spanish?"));
    }
}
