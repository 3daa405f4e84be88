namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class BsnMentionsTests
{
    [Fact]
    public void A_dotted_bsn_the_chat_named_earlier_is_an_identifier_each_time_it_stands()
    {
        const string text = "Klant: ik moet mijn BSN doorgeven, volgens de brief is het nummer 111.222.333 toch?\nMedewerker: Klopt, 111.222.333 is correct.";
        var ids = new NationalIdDetector().Detect(text).Where(e => e.Type == PrivacyTypes.NationalId).ToList();
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public void A_dotted_bsn_the_text_named_is_never_also_a_phone_number()
    {
        const string text = "Mijn BSN heb ik niet bij de hand, maar de elfproef klopt: 111.222.333";
        Assert.DoesNotContain(new PhoneDetector("US", "GB", "DE", "NL").Detect(text), e => e.Type == PrivacyTypes.Phone);
    }

    [Theory]
    [InlineData("Ons dossier 111.222.333 is gesloten.")] // no BSN named
    [InlineData("Mijn BSN staat op de brief; het kenmerk is 111.222.334.")] // fails the eleven-proof
    public void Groups_the_text_does_not_name_or_that_fail_the_check_are_no_bsn(string text)
    {
        Assert.DoesNotContain(new NationalIdDetector().Detect(text), e => e.Type == PrivacyTypes.NationalId);
    }
}
