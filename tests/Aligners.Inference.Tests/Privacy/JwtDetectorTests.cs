using System.Buffers.Text;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class JwtDetectorTests
{
    private static readonly JwtDetector Detector = new();

    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static readonly string Token =
        $"{Part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Part("{\"sub\":\"1234567890\",\"name\":\"Jane Doe\",\"iat\":1516239022}")}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    [Fact]
    public void A_signed_token_is_found_whole()
    {
        var text = $"Authorization: Bearer {Token}\r\n";

        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(Token, text.Substring(entity.Start, entity.Length));
        Assert.Equal(PrivacyTypes.Credential, entity.Type);
    }

    [Fact]
    public void An_unsigned_token_is_found_too()
    {
        var token = $"{Part("{\"alg\":\"none\"}")}.{Part("{\"sub\":\"42\"}")}.";

        Assert.Single(Detector.Detect($"id_token={token}"));
    }

    [Theory]
    [InlineData("{\"typ\":\"JWT\"}")] // no alg
    [InlineData("[\"alg\"]")] // not an object
    [InlineData("{\"kid\":{\"alg\":\"x\"}}")] // alg nested, not a header member
    public void Three_dotted_parts_without_a_jose_header_are_not_a_token(string header)
    {
        var text = $"{Part(header)}.{Part("{\"sub\":\"42\"}")}.c2lnbmF0dXJl";

        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Base64_that_is_not_json_is_not_a_token()
    {
        Assert.Empty(Detector.Detect("eyJub3QganNvbg.eyJzdWIi.abc and eyJ!.x.y"));
    }
}
