using Aligners.LocalHost.Hosting;

namespace Aligners.LocalHost.Cli;

/// <summary><c>serve</c>: the function app on the local host until Ctrl-C.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string urls, string[] hostArgs, CancellationToken ct)
    {
        await using var runtime = await LocalFunctionsHost.BuildAsync(hostArgs, urls, http: true, ct);
        await runtime.App.RunAsync();
        return 0;
    }
}
