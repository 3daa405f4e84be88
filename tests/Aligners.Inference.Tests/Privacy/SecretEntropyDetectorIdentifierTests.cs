namespace Aligners.Inference.Tests.Privacy;

/// <summary>A field keyed as an identifier holds one, even in a record that also holds a password.</summary>
[Trait("Category", "Unit")]
public class SecretEntropyDetectorIdentifierTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("{\"event\":\"auth\",\"password\":\"Rk4!vWq9#Lm2\",\"trace_id\":\"9c0e4b7a1f3d5e2c8b6a4d0f1e3c5a7b\"}", "Rk4!vWq9#Lm2")]
    [InlineData("{\"password\":\"Rk4!vWq9#Lm2\",\"span_id\":\"4fa8c21d9e07b3a6\"}", "Rk4!vWq9#Lm2")]
    [InlineData("password=Rk4!vWq9#Lm2 request_id=1b9e5d2c7f0a4836b1c9e2d5f8a0b3c6", "Rk4!vWq9#Lm2")]
    [InlineData("password: Rk4!vWq9#Lm2, x-request-id: 7f2a91c4d8e05b36a1f4c7d0e9b2a5c8", "Rk4!vWq9#Lm2")]
    [InlineData("the password is Rk4!vWq9#Lm2 correlationId=b5e8a1c4d7f02e9b6a3c0f5d8e1b4a7c", "Rk4!vWq9#Lm2")]
    public void A_trace_span_request_or_correlation_id_beside_a_password_is_not_a_secret(string text, string password)
    {
        Detector.SingleAt(text, password);
    }

    [Theory]
    [InlineData("\"message_id\": \"3e7c1a9f5b2d8e4c\"", true)]
    [InlineData("x-correlation-id: 0f9e8d7c6b5a", true)]
    [InlineData("traceId=4bf92f3577b34da6a3ce929d0e0e4736", true)]
    [InlineData("password: Tq8Lm2Vx9Rk4", false)]
    [InlineData("the trace id 4bf92f3577b34da6", false)] // prose, not a key
    public void A_key_ending_in_id_labels_an_identifier(string text, bool identifier)
    {
        var start = text.LastIndexOf(' ') + 1;
        start = text[start..].StartsWith('"') ? start + 1 : start;
        start = text.IndexOf('=') is var eq and > 0 && !text.Contains(' ') ? eq + 1 : start;
        Assert.Equal(identifier, SecretNames.LabelledAsIdentifier(text, start));
    }
}
