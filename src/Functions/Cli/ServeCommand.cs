using Aligners.Functions.Extensions;
using Aligners.Functions.Hosting;

namespace Aligners.Functions.Cli;

/// <summary><c>serve</c>: the function app. Starts the project's local Azurite when no storage is configured and no Functions host runs.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string? urls, string[] hostArgs, CancellationToken ct)
    {
        var builder = CreateBuilder(urls is null ? hostArgs : [.. hostArgs, "--urls", urls]);
        await using var azurite = await LocalAzurite.StartIfNeededAsync(builder.Configuration, ct);
        var app = builder.Build();
        app.MapFunctionApp();
        await app.RunAsync();
        return 0;
    }

    /// <summary>The app's builder with its configuration sources (shared by serve and demo).</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddLocalSettings(Directory.GetCurrentDirectory());
        builder.AddFunctionApp();
        return builder;
    }
}
