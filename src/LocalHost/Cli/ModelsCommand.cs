using Aligners.LocalHost.Hosting;
using Aligners.Inference.Client;
using Aligners.Inference.Models;
using Spectre.Console;

namespace Aligners.LocalHost.Cli;

/// <summary><c>models list</c>: the models the app would load, validated.</summary>
internal static class ModelsCommand
{
    public static Task<int> RunAsync(DirectoryInfo? directory, CancellationToken ct)
    {
        var config = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true)
            .AddLocalSettings(Directory.GetCurrentDirectory()).AddEnvironmentVariables().Build();
        var options = new InferenceOptions();
        config.GetSection(InferenceOptions.Section).Bind(options);
        using var registry = ModelRegistry.Load(directory?.FullName ?? options.ResolvedModelsDirectory, options.Execution);
        var table = new Table().AddColumns("name", "kind", "criterion", "sha256");
        foreach (var m in registry.Models)
        {
            table.AddRow(m.Name, m.Kind.ToString().ToLowerInvariant(), m.Criterion, m.Sha256[..16] + "…");
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"{registry.Models.Count} models in {registry.Directory}");
        return Task.FromResult(0);
    }
}
