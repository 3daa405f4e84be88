using Aligners.Orchestration.Decisions.Wording;

namespace Aligners.Orchestration.Tests.Decisions.Wording;

[Trait("Category", "Unit")]
public class EnglishWordsTests
{
    [Theory]
    [InlineData("spreadsheet")]
    [InlineData("can't")]
    [InlineData("colour")]
    [InlineData("color")]
    [InlineData("budget's")]
    [InlineData("flashcards")]
    public void ListedWords_TheirPossessivesAndBothSpellings_AreWords(string word)
    {
        Assert.True(EnglishWords.IsWord(word));
    }

    [Theory]
    [InlineData("routers")]
    [InlineData("paperless")]
    [InlineData("natively")]
    [InlineData("reattach")]
    [InlineData("cyberbullying")]
    [InlineData("paperclip")]
    [InlineData("handbrake")]
    [InlineData("flexbox")]
    [InlineData("there'll")]
    public void RegularFormsAndCompoundsOfListedWords_AreWords(string word)
    {
        Assert.True(EnglishWords.IsWord(word));
    }

    [Theory]
    [InlineData("addst")]
    [InlineData("halfn")]
    [InlineData("can'ty")]
    [InlineData("equalse")]
    [InlineData("orodorsed")]
    [InlineData("i'mpound")]
    [InlineData("you'reading")]
    public void PiecesOfWordsJoinedByADecoder_AreNoWords(string word)
    {
        Assert.False(EnglishWords.IsWord(word));
    }
}
