namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PasswordHashesTests
{
    [Theory]
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHlzYWx0eXNhbHQ$Q0FmYXN0aGFzaGVkdmFsdWVmb3J0ZXN0aW5nYWJj")]
    [InlineData("$argon2i$v=19$m=4096,t=3,p=1$bm90YXNlY3JldHNhbHQ$ZGlnZXN0b2ZhcGFzc3dvcmR0aGF0d2FzaGFzaGVk")]
    [InlineData("$scrypt$ln=15,r=8,p=1$QmVhY2hTYWx0MTIz$TWFueUJ5dGVzT2ZEZXJpdmVkS2V5TWF0ZXJpYWw")]
    [InlineData("$pbkdf2-sha256$i=600000,l=32$UGVwcGVyU2FsdA$ZGVyaXZlZGtleWRlcml2ZWRrZXlkZXJpdmVka2V5")]
    [InlineData("$pbkdf2-sha256$29000$N2bMmTPm3JtzrvUe$Tq3SjHbVC5DV6zlTo0ym8p8T0S6y7cX5Zr5nUjGSn0Q")]
    [InlineData("$2b$12$KIXQJQnVfR0bq2yWZ1hKXeW7yV5lK8wQ0r1u3oN9mZsP6tHcYdGa2")]
    [InlineData("$2y$10$abcdefghijklmnopqrstuuA1B2C3D4E5F6G7H8I9J0K1L2M3N4O5.")]
    [InlineData("$6$rounds=5000$saltsalt$Yq0Gk2dJ8vM5nL1pR7tW3xZ9bC4fH6jK0mN2qS5uV8wY1aD3eG6iL9oP2rT5vX8zB1cE4gH7jK0mN3pQ6sU9wY")]
    public void A_stored_password_hash_is_read_whole(string hash)
    {
        var text = $"hash={hash} end";

        Assert.Equal(hash.Length, PasswordHashes.Length(text, text.IndexOf('$')));
    }

    [Theory]
    [InlineData("$argon2id$")] // a format's name, no salt or hash
    [InlineData("$2b$12$tooShort")] // bcrypt is 53 characters after its cost
    [InlineData("$secret$Xq7vLp2mZr9t")] // not a password hashing function's name
    [InlineData("$HOME/bin")]
    [InlineData("$5 off today")]
    public void Other_dollar_words_are_not_a_hash(string text)
    {
        Assert.Equal(0, PasswordHashes.Length(text, 0));
    }
}
