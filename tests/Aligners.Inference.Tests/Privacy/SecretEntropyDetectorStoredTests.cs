namespace Aligners.Inference.Tests.Privacy;

/// <summary>What a system stores beside a password (its hash) and how configuration and chats write one: an INI section's key, a login's "clave".</summary>
[Trait("Category", "Unit")]
public class SecretEntropyDetectorStoredTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("{\"uid\": 7, \"password_hash\": \"$argon2id$v=19$m=19456,t=2,p=1$c2FsdHlzYWx0eXNhbHQ$Q0FmYXN0aGFzaGVkdmFsdWVmb3J0ZXN0aW5nYWJj\"}")]
    [InlineData("stored: $argon2i$v=19$m=4096,t=3,p=1$bm90YXNlY3JldHNhbHQ$ZGlnZXN0b2ZhcGFzc3dvcmR0aGF0d2FzaGFzaGVk")]
    [InlineData("password = $2b$12$KIXQJQnVfR0bq2yWZ1hKXeW7yV5lK8wQ0r1u3oN9mZsP6tHcYdGa2")]
    [InlineData("pw_digest: '$scrypt$ln=15,r=8,p=1$QmVhY2hTYWx0MTIz$TWFueUJ5dGVzT2ZEZXJpdmVkS2V5TWF0ZXJpYWw'")]
    [InlineData("secret_hash=$pbkdf2-sha256$i=600000,l=32$UGVwcGVyU2FsdA$ZGVyaXZlZGtleWRlcml2ZWRrZXlkZXJpdmVka2V5")]
    public void A_password_hash_is_not_a_secret_whatever_names_it(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_password_beside_a_hash_is_still_found()
    {
        var text = "password: Wq8!zr4Lm2Tp hash: $2b$12$KIXQJQnVfR0bq2yWZ1hKXeW7yV5lK8wQ0r1u3oN9mZsP6tHcYdGa2";

        Detector.SingleAt(text, "Wq8!zr4Lm2Tp");
    }

    [Theory]
    [InlineData("[mailer]\nhost = relay.example.org\nuser = bot\npwd = Lark42.QTV", "Lark42.QTV")]
    [InlineData("[backup]\npwd: Heron77.Bay", "Heron77.Bay")]
    [InlineData("[db]\npassword = Otter19.KLM", "Otter19.KLM")]
    public void A_password_keys_dotted_value_in_an_ini_section_is_a_password(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void Outside_an_ini_section_a_dotted_name_after_a_password_key_is_still_code()
    {
        Assert.Empty(Detector.Detect("var password = Settings.Password;"));
    }

    [Theory]
    [InlineData("Cámara: usuario admin / clave Pe7_rdiz-K2", "Pe7_rdiz-K2")]
    [InlineData("acceso al panel: usuario: soporte, clave: Tormenta81", "Tormenta81")]
    [InlineData("Router: usuario admin / contraseña Gaviota_55x", "Gaviota_55x")]
    public void A_password_after_a_user_and_clave_is_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Fact]
    public void Clave_without_a_user_names_a_key_that_must_look_random()
    {
        Assert.Empty(Detector.Detect("La clave del éxito: Tormenta81"));
    }
}
