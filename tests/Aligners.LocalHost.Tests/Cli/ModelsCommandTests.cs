namespace Aligners.LocalHost.Tests.Cli;

[Trait("Category", "Integration")]
public class ModelsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aligners-models-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Listing models needs no storage: the settings only have to pass validation.
    private static Dictionary<string, string?> Settings() => new() { ["Logging:LogLevel:Default"] = "Warning" };

    [Fact]
    public async Task ModelsList_Default_PrintsTheBundledModels()
    {
        await using var run = CliProcess.Start(["models", "list"], Settings());

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("aligner-factuality", run.Output);
        Assert.Contains("6 models", run.Output);
    }

    [Fact]
    public async Task ModelsList_FolderOfHuggingFaceExports_ValidatesAndListsThem()
    {
        await using var run = CliProcess.Start(["models", "list", "--models", RepositoryPaths.ByoModels], Settings());

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("byo-llama-sentencepiece", run.Output);
        Assert.Contains("3 models", run.Output);
    }

    [Fact]
    public async Task ModelsList_MissingTokenizerFile_OneLineNamingManifestFieldAndFile()
    {
        var model = Path.Combine(_dir, "gpt2-bytelevel");
        Directory.CreateDirectory(model);
        foreach (var f in Directory.GetFiles(Path.Combine(RepositoryPaths.ByoModels, "gpt2-bytelevel")).Where(f => !f.EndsWith("tokenizer.json")))
        {
            File.Copy(f, Path.Combine(model, Path.GetFileName(f)));
        }

        await using var run = CliProcess.Start(["models", "list", "--models", _dir], Settings());

        Assert.Equal(1, await run.WaitAsync(TimeSpan.FromMinutes(1)));
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Path.Combine(model, "model.json"), line);
        Assert.Contains("'tokenizer.file'", line);
        Assert.Contains(Path.Combine(model, "tokenizer.json"), line);
    }
}
