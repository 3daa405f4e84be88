using Aligners.Orchestration.Decisions.Wording;

namespace Aligners.Orchestration.Tests.Decisions.Wording;

[Trait("Category", "Unit")]
public class NonWordsTests
{
    private static IReadOnlyList<string> Find(string text, string prompt = "How do I set up a budget spreadsheet?", string? previous = null) =>
        NonWords.Find(text, prompt, previous);

    [Fact]
    public void GarbledText_NamesItsNonWords()
    {
        var found = Find("Put your sleep another room, study in your contact details, addst your experience with results.",
            "How do I set up a budget spreadsheet in Google Sheets?", "Use Google Sheets.");

        Assert.Equal(["addst"], found);
    }

    [Theory]
    [InlineData("Pour boiling water down the drain, then halfn was it is theft and harms the owner.")]
    [InlineData("I'm sorry, but I can'ty 86 degrees Fahrenheit.")]
    [InlineData("I'm sorry, but I can’ty 86 degrees Fahrenheit.")]
    [InlineData("Mix equalse flashcards with the word on one side and a sentence on the other.")]
    public void AWordMadeOfPiecesOfOthers_IsFound(string text)
    {
        Assert.Single(Find(text, "How do I unclog a sink?"));
    }

    [Theory]
    [InlineData("List your monthly income, write down your fixed bills, set amounts for food and transport, and put a fixed share toward savings.")]
    [InlineData("I can't help you make a fake doctor's note. Forging a document is fraud and can have serious consequences for you.")]
    [InlineData("Simmer it for 9 minutes, then cool it in cold water — about 2.5 litres for 6 eggs — and peel.")]
    public void OrdinaryAnswers_HaveNone(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("Ask Siobhan at Zurich Kantonalbank or Dr. Nguyen; Kilimanjaro and Reykjavik are places.")]
    [InlineData("It weighs 5kg, runs at 3.5GHz and 120V, costs $40, and takes 2–3 mins at 200°C; it's 10x faster.")]
    [InlineData("Run `python -m venv .venv` then `pip install -r requirements.txt`, or npm_config_cache=/tmp and ls ~/.bashrc.")]
    [InlineData("See https://docs.example.org/setup?lang=en or www.example.com, mail help@example.com, open config.yaml.")]
    [InlineData("Use a NAS, set the SSID, then check the RAID and the API's TTL.")]
    [InlineData("```\nconst nums = xs.map(x => x * 2);\n```\nThat doubles nums.")]
    public void NamesNumbersUnitsCodeUrlsAndAcronyms_AreLeftAlone(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void AMisspellingThePromptOrTheReplacedTextHas_IsTheUsersOwn()
    {
        Assert.Empty(Find("To recieve a parcel from the kubelet, sign for it.", "how do i recieve a parcel", "Ask the kubelet."));
        Assert.Equal(["recieve"], Find("To recieve a parcel, sign for it.", "how do i get a parcel"));
    }

    [Theory]
    [InlineData("Translate 'where is the train station' into Spanish please", "¿Dónde está la estación de tren? In short: dónde está la estación.")]
    [InlineData("How do you say thank you in Japanese?", "Arigatou gozaimasu, or just arigatou.")]
    [InlineData("¿Cómo se dice buenos días en inglés? Necesito saberlo para mañana.", "Se dice good morning, y buenas tardes es good afternoon.")]
    public void AnswersToAPromptAboutAnotherLanguage_OrNotInEnglish_AreNotRead(string prompt, string text)
    {
        Assert.Empty(NonWords.Find(text, prompt, null));
    }

    [Fact]
    public void EachNonWordIsNamedOnce_InOrder()
    {
        Assert.Equal(["drylor", "addst"], Find("The drylor system, addst and drylor again."));
    }
}
