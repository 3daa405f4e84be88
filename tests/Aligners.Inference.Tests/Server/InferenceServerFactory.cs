using Aligners.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aligners.Inference.Tests.Server;

/// <summary>The inference server in-process over the bundled models, with small limits to test against.</summary>
public sealed class InferenceServerFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Inference:ModelsDirectory", RepositoryPaths.Models);
        builder.UseSetting("Limits:MaxItemsPerRequest", "4");
        builder.UseSetting("Limits:MaxCharactersPerText", "2000");
        builder.UseSetting("Limits:MaxNewTokens", "64");
        builder.UseSetting("Limits:MaxRequestBodyBytes", "65536");
    }

    /// <summary>A client once the models are loaded.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 200; i++)
        {
            if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
            {
                return client;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("the inference server did not become ready");
    }
}
