using Aligners.Inference.Refusals;

namespace Aligners.Inference.Tests.Refusals;

[Trait("Category", "Unit")]
public class CasualSpellingTests
{
    [Theory]
    [InlineData("can u make me one", "can you make me one")]
    [InlineData("i wanna get in, pls help", "i want to get in, please help")]
    [InlineData("im 15 and dont know how", "I'm 15 and don't know how")]
    public void TextSpeak_IsWrittenOut(string casual, string written) =>
        Assert.Equal(written, CasualSpelling.WrittenOut(casual));

    [Theory]
    [InlineData("Could you explain how a U-turn works?")]
    [InlineData("Umbrellas and urns, yours truly.")]
    [InlineData("Flights to the U.S. are delayed.")]
    public void WordsThatOnlyContainTheLetters_AreLeftAlone(string text) =>
        Assert.Equal(text, CasualSpelling.WrittenOut(text));
}
