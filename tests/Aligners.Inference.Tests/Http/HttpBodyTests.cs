using Aligners.Inference.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Inference.Tests.Http;

[Trait("Category", "Unit")]
public class HttpBodyTests
{
    private sealed record Body(string? Text);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static HttpRequest Request(string body, bool declareLength = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = declareLength ? bytes.Length : null;
        return context.Request;
    }

    private static async Task<(int Status, JsonElement Problem)> ExecuteAsync(IResult result)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.Clone());
    }

    [Fact]
    public async Task Read_WithinTheLimit_ReturnsTheBytes()
    {
        var (bytes, problem) = await HttpBody.ReadAsync(Request("0123456789"), 10, default);

        Assert.Null(problem);
        Assert.Equal("0123456789", Encoding.UTF8.GetString(bytes!));
    }

    [Theory]
    [InlineData(true, "the body is 11 bytes; the limit is 10")]
    [InlineData(false, "the body exceeds the limit of 10 bytes")]
    public async Task Read_OverTheLimit_Is413NamingTheBody_WhetherDeclaredOrFoundWhileReading(bool declareLength, string detail)
    {
        var (bytes, problem) = await HttpBody.ReadAsync(Request("0123456789x", declareLength), 10, default);

        Assert.Null(bytes);
        var (status, body) = await ExecuteAsync(problem!);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, status);
        Assert.Equal("body", body.GetProperty("field").GetString());
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("", "body", "empty")]
    [InlineData("null", "body", "JSON null")]
    [InlineData("""{"text": 3}""", "$.text", "malformed JSON at line 1")]
    public async Task ReadJson_EmptyNullOrMalformed_Is400NamingWhere(string text, string field, string detail)
    {
        var (value, problem) = await HttpBody.ReadJsonAsync<Body>(Request(text), 1000, Json, default);

        Assert.Null(value);
        var (status, body) = await ExecuteAsync(problem!);
        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Equal(field, body.GetProperty("field").GetString());
        Assert.Contains(detail, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ReadJson_AnObject_ReturnsIt()
    {
        var (value, problem) = await HttpBody.ReadJsonAsync<Body>(Request("""{"text": "hello"}"""), 1000, Json, default);

        Assert.Null(problem);
        Assert.Equal("hello", value!.Text);
    }
}
