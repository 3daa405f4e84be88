using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

public class CredentialDetectorTests
{
    private static readonly CredentialDetector Detector = new();

    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    [InlineData("aws_access_key_id = AKIA2OGYBAH6STMJ2J4Q", "AKIA2OGYBAH6STMJ2J4Q", "aws-access-key-id")]
    [InlineData("export GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "github-token")]
    [InlineData("token: github_pat_11ABCDEFG0123456789abc_defGHIJKLmnopQRSTuvwxYZ0123456789abcdefGHIJKLMNOPQRSTuvwx",
        "github_pat_11ABCDEFG0123456789abc_defGHIJKLmnopQRSTuvwxYZ0123456789abcdefGHIJKLMNOPQRSTuvwx", "github-token")]
    [InlineData("//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm-token")]
    [InlineData("OPENAI_API_KEY=\"sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh\"", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh", "openai-key")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=" + AzuriteKey + ";EndpointSuffix=core.windows.net", AzuriteKey, "azure-storage-key")]
    [InlineData("Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=q3V0bXlQcm9vZk9mQ29uY2VwdEtleVZhbHVlMDAxMg=",
        "q3V0bXlQcm9vZk9mQ29uY2VwdEtleVZhbHVlMDAxMg=", "azure-storage-key")]
    [InlineData("https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy%3D done",
        "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy%3D", "azure-sas-signature")]
    [InlineData("DATABASE_URL=postgres://app:T7v!kq2Lm9@db.internal:5432/app", "T7v!kq2Lm9", "url-password")]
    [InlineData("redis://:mC4DAoZuSEy@10.8.0.21:6379/0", "mC4DAoZuSEy", "url-password")]
    [InlineData("mysql -h 10.0.0.5 -u root -p'Rt6yu8ii' -e 'SHOW TABLES'", "Rt6yu8ii", "mysql-password")]
    [InlineData("mysqldump -uadmin -pHq72kLs0 shop > shop.sql", "Hq72kLs0", "mysql-password")]
    public void A_shaped_key_is_found_as_the_secret_alone(string text, string expected, string rule)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal((expected, rule, PrivacyTypes.Credential), (text.Substring(entity.Start, entity.Length), entity.Detector, entity.Type));
    }

    [Theory]
    [InlineData("AKIA1234 is too short, and XAKIA2OGYBAH6STMJ2J4Q is glued")]
    [InlineData("ghp_short and gho_ alone")]
    [InlineData("sk-learn and sk-1234567890 are not keys; nor is sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("https://example.com/search?q=sig&sig=abcdefghijklmnopqrstuvwx")] // no sv=: not a SAS token
    [InlineData("AccountKey=short;")]
    [InlineData("desk-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh")]
    [InlineData("AKIAXXXXXXXXXXXXXXXX is the placeholder used in this guide")]
    [InlineData("GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # set in CI")]
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")] // AWS's documented example
    [InlineData("postgres://user:password@localhost/db and postgres://app:${DB_PASSWORD}@db/app")]
    [InlineData("grep -pattern file; tar -p archive; mysql_config --libs -pHq72kLs0")] // -p outside a mysql command line
    public void Look_alikes_of_keys_are_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
