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
    [InlineData("SK0f3a9c27be4d18e6a05c7b2d9e1f4a83", true)]
    [InlineData("AC0f3a9c27be4d18e6a05c7b2d9e1f4a83", true)]
    [InlineData("0f3a9c27be4d18e6a05c7b2d9e1f4a83", false)] // an auth token: no resource's letters
    [InlineData("SK0F3A9C27BE4D18E6A05C7B2D9E1F4A83", false)] // upper-case hex is not Twilio's
    public void A_twilio_resource_id_is_two_capitals_and_32_hex_digits(string value, bool expected)
    {
        Assert.Equal(expected, PublicShapes.IsTwilioId(value));
    }
}
