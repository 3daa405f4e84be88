namespace Aligners.Infra.Tests;

[Trait("Category", "Integration")]
public class BicepTests
{
    [Fact]
    public void Build_MainTemplate_Succeeds()
    {
        var (code, output) = Bicep.Run("build", "main.bicep", "--outdir", Path.GetTempPath());

        Assert.True(code == 0, output);
    }

    [Fact]
    public void BuildParams_DevParameters_Succeeds()
    {
        var (code, output) = Bicep.Run("build-params", "main.dev.bicepparam", "--stdout");

        Assert.True(code == 0, output);
        Assert.Contains("Consumption-GPU-NC8as-T4", output);
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("modules/storage.bicep")]
    [InlineData("modules/functionapp.bicep")]
    [InlineData("modules/containerapps.bicep")]
    [InlineData("modules/containerenv.bicep")]
    [InlineData("modules/network.bicep")]
    [InlineData("modules/privatedns.bicep")]
    [InlineData("modules/keyvault.bicep")]
    [InlineData("modules/openai.bicep")]
    [InlineData("modules/monitoring.bicep")]
    public void Lint_EveryFile_HasNoFindings(string file)
    {
        var (code, output) = Bicep.Run("lint", file);

        Assert.True(code == 0 && string.IsNullOrWhiteSpace(output), output);
    }

    [Fact]
    public void Lint_ListsEveryModule()
    {
        var listed = typeof(BicepTests).GetMethod(nameof(Lint_EveryFile_HasNoFindings))!.GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>().Select(a => (string)a.GetData(null!).Single()[0]).ToHashSet();

        var files = Directory.GetFiles(Path.Combine(Bicep.Infra, "modules"), "*.bicep").Select(f => "modules/" + Path.GetFileName(f));

        Assert.All(files, f => Assert.Contains(f, listed));
    }

    [Fact]
    public void Lint_Config_TurnsWarningsIntoErrors()
    {
        var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Bicep.Infra, "bicepconfig.json"))).RootElement;
        var rules = config.GetProperty("analyzers").GetProperty("core").GetProperty("rules").EnumerateObject().ToList();

        Assert.True(rules.Count >= 30);
        Assert.All(rules, r => Assert.Equal("error", r.Value.GetProperty("level").GetString()));
    }
}
