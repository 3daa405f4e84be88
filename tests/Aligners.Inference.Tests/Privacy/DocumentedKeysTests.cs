using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class DocumentedKeysTests
{
    private static readonly CredentialDetector Detector = new();

    [Fact]
    public void Stripes_documented_test_key_in_a_config_line_is_an_example()
    {
        Assert.Empty(Detector.Detect("STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc  # from the quickstart"));
    }

    [Fact]
    public void Stripes_older_documented_pair_is_an_example_too()
    {
        Assert.True(Placeholders.IsPlaceholder("sk_test_BQokikJOvBiI2HlWgH4olfQ2"));
        Assert.True(Placeholders.IsPlaceholder("pk_test_TYooMQauvdEDq54NiTphI7jx"));
    }

    [Fact]
    public void A_test_key_that_differs_from_the_documented_one_is_still_a_credential()
    {
        const string text = "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdq8ZZ\"";
        Assert.Contains(Detector.Detect(text), f => text.Substring(f.Start, f.Length) == "sk_test_4eC39HqLyjWDarjtT1zdq8ZZ");
    }
}
