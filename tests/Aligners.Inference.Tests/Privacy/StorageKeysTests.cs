namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class StorageKeysTests
{
    private static readonly CredentialDetector Detector = new();

    // 64 bytes of base64, the length of an Azure storage account key.
    private const string Key = "Zq3mT8vLw1xR6kP2yN9sB4cH7dF0gJ5aQe+Vu/Wi3Ko8Lp2Mn6Bv1Cx4Zt7Ys9Ra0Eq5Dw3Hf8Jg2Kl6Mn1Pb4==";

    [Fact]
    public void A_key_in_the_table_the_cli_prints_is_found()
    {
        var text = $"$ az storage account keys list -n stdata -o table\nKeyName    Permissions    Value\nkey2       FULL           {Key}";

        Detector.SingleAt(text, Key);
    }

    [Fact]
    public void A_key_in_the_json_the_cli_prints_is_found()
    {
        var text = $"[\n  {{\n    \"keyName\": \"key1\",\n    \"permissions\": \"FULL\",\n    \"value\": \"{Key}\"\n  }}\n]";

        Detector.SingleAt(text, Key);
    }

    [Fact]
    public void A_key_a_neighbouring_field_names_is_found()
    {
        var text = $"storage:\n  account: stlogs\n  primary_key:\n    {Key}";

        Detector.SingleAt(text, Key);
    }

    [Fact]
    public void Base64_of_that_length_that_no_field_names_as_a_key_is_left_alone()
    {
        var text = $"sha512 digest of the release archive: {Key}";

        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void Eighty_eight_characters_out_of_a_longer_run_are_not_a_key()
    {
        var text = $"key1 blob: {Key[..40]}{Key}";

        Assert.Empty(Detector.Detect(text));
    }
}
