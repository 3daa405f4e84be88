namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PublicShapesTests
{
    [Theory]
    [InlineData("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAIAQMAAAD+wSzIAAAABlBMVEX")] // PNG
    [InlineData("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgF")] // JPEG
    [InlineData("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")] // GIF
    [InlineData("JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZw")] // PDF
    [InlineData("UEsDBBQAAAAIAGtXq1YAAAAAAAAAAAAAAAAJAAAAd29yZC9kb2M")] // ZIP
    public void Base64_opening_with_a_file_signature_is_file_data(string value)
    {
        Assert.True(PublicShapes.IsFileData(value));
    }

    [Theory]
    [InlineData("q8Ux2VbKf/3NmT7rYw9ZpLc1HdE5sGjAo6RiBkXe")] // a random key
    [InlineData("iVBORw0KGgo")] // the signature alone holds no file
    public void Other_base64_is_not_file_data(string value)
    {
        Assert.False(PublicShapes.IsFileData(value));
    }

    [Theory]
    [InlineData("SK0f3a9c27be4d18e6a05c7b2d9e1f4a83", false)] // an API key's SID: half of a credential, not a public id
    [InlineData("AC0f3a9c27be4d18e6a05c7b2d9e1f4a83", true)]
    [InlineData("SM0f3a9c27be4d18e6a05c7b2d9e1f4a83", true)]
    [InlineData("0f3a9c27be4d18e6a05c7b2d9e1f4a83", false)] // an auth token: no resource's letters
    [InlineData("SK0F3A9C27BE4D18E6A05C7B2D9E1F4A83", false)] // upper-case hex is not Twilio's
    public void A_twilio_resource_id_other_than_an_api_keys_is_two_capitals_and_32_hex_digits(string value, bool expected)
    {
        Assert.Equal(expected, PublicShapes.IsTwilioId(value));
    }

    [Theory]
    [InlineData("valueFrom: arn:aws:secretsmanager:us-east-2:210987654321:secret:billing/api-Qw7RtZ", "Qw7RtZ", true)]
    [InlineData("Resource: \"arn:aws:iam::210987654321:role/deploy-Kx82Lm\"", "deploy", true)]
    [InlineData("arn:aws-cn:kms:cn-north-1:210987654321:key/7f1c2b9e-0d4a-4e6f-9a51-3c8d2e7b6a10", "7f1c", true)]
    [InlineData("arn:aws-us-gov:ssm:us-gov-west-1:210987654321:parameter/db/password", "db/password", true)]
    [InlineData("token arn:aws:secretsmanager:eu-west-1 Qw7RtZ", "Qw7RtZ", false)] // a space ends the name
    [InlineData("barn:aws:s3:::bucket-Qw7RtZ", "Qw7RtZ", false)] // not an ARN's opening
    [InlineData("arn:azure:vault:westeurope:secret-Qw7RtZ", "Qw7RtZ", false)] // no AWS partition
    public void A_value_inside_an_amazon_resource_name_is_part_of_the_name(string text, string value, bool inside)
    {
        Assert.Equal(inside, PublicShapes.InsideArn(text, text.IndexOf(value, StringComparison.Ordinal)));
    }
}
