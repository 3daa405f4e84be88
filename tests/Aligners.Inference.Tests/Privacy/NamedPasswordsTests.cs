namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class NamedPasswordsTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("    ansible_become_password: \"otter.lantern37\"", "otter.lantern37")]
    [InlineData("      MYSQL_ROOT_PASSWORD: maple.harbor19", "maple.harbor19")]
    [InlineData("$p = ConvertTo-SecureString \"walnut.meadow83\" -AsPlainText -Force", "walnut.meadow83")]
    [InlineData("\tftpPass = \"cedar_rocket45\"", "cedar_rocket45")]
    [InlineData("const redisPw = \"plum.kestrel28\";", "plum.kestrel28")]
    public void Two_words_and_two_digits_named_as_a_password_are_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("password_hasher: crypto.sha256")] // a qualified name ending in an algorithm
    [InlineData("compass = \"north.east42\"")] // "pass" inside a word names nothing
    [InlineData("bypass = \"cache_layer12\"")]
    public void Qualified_names_and_words_holding_pass_are_no_credential(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Buenas, la clave del router: Tq8vLmZ2xR (red \"Casa_2G\").", "Tq8vLmZ2xR")]
    [InlineData("Te dejo la contraseña del módem: pino7Rojo!", "pino7Rojo!")]
    public void A_routers_key_in_Spanish_before_a_colon_is_a_credential(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void A_routers_model_after_its_name_is_no_credential()
    {
        Assert.Empty(Detector.Detect("El router del piso: TP-Link Archer C6, firmware 1.3.0."));
    }
}
