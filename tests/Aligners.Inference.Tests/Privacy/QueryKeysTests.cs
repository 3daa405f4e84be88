namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class QueryKeysTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("INFO fetch GET https://api.forecast.example/v2/now?city=Bergen&appid=e4c19a07b3d25f6890a1bc2d3e4f5a67 200", "e4c19a07b3d25f6890a1bc2d3e4f5a67")]
    [InlineData("requests: GET /geo/search?apikey=Qm7Xr2Lp9Vt4Nw8Kz3Hy&limit=5", "Qm7Xr2Lp9Vt4Nw8Kz3Hy")]
    [InlineData("upstream: /feed.json?api_key=7f3a9c1e5b2d8046f1e3a5c7b9d0e2f4", "7f3a9c1e5b2d8046f1e3a5c7b9d0e2f4")]
    [InlineData("redirect to /export?format=csv&access_token=Yb81kQz0Lr7Tm3Wn5Xc2Pv9", "Yb81kQz0Lr7Tm3Wn5Xc2Pv9")]
    public void A_random_value_under_an_api_keys_name_in_a_query_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("GET /items?key=created_at_desc&page=2")] // a sort key
    [InlineData("GET /verify?token=abc123")] // too short to be a key
    [InlineData("GET /weather?appid=YOUR_API_KEY_HERE")]
    [InlineData("GET /products?monkey=e4c19a07b3d25f6890a1bc2d3e4f5a67")] // no key's name
    public void A_query_without_a_random_value_under_a_keys_name_holds_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
