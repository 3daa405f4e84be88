using Aligners.Inference.Server.Apis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aligners.Inference.Tests.Server;

[Trait("Category", "Unit")]
public class ModelsLoadingTests
{
    [Fact]
    public async Task WhileLoading_Is503ProblemJson_WithRetryAfterForTheClientsRetries()
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        await ModelsLoading.Problem().ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(ModelsLoading.RetryAfterSeconds.ToString(), context.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
        context.Response.Body.Position = 0;
        var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("models", body.RootElement.GetProperty("field").GetString());
    }
}
